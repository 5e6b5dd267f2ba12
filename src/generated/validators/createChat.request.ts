// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const validateRequest = validate10;
const schema11 = {"type":"object","properties":{"path":{"type":"object","properties":{},"required":[],"additionalProperties":false},"query":{"type":"object","properties":{},"required":[],"additionalProperties":false},"header":{"type":"object","properties":{},"required":[],"additionalProperties":false},"body":{"$ref":"#/$defs/CreateChatRequest"}},"required":["body"],"$defs":{"CreateChatRequest":{"type":"object","properties":{"channel_id":{"type":"string"},"to":{"type":"object","properties":{"identifier":{"type":"string"}},"required":["identifier"]}},"required":["channel_id","to"]}},"$id":"validateRequest"};
const schema12 = {"type":"object","properties":{"channel_id":{"type":"string"},"to":{"type":"object","properties":{"identifier":{"type":"string"}},"required":["identifier"]}},"required":["channel_id","to"]};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="validateRequest" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.body === undefined) && (missing0 = "body")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.path !== undefined){
let data0 = data.path;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.query !== undefined){
let data1 = data.query;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
validate10.errors = [{instancePath:instancePath+"/query",schemaPath:"#/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.header !== undefined){
let data2 = data.header;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
validate10.errors = [{instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data3 = data.body;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.channel_id === undefined) && (missing1 = "channel_id")) || ((data3.to === undefined) && (missing1 = "to"))){
validate10.errors = [{instancePath:instancePath+"/body",schemaPath:"#/$defs/CreateChatRequest/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data3.channel_id !== undefined){
const _errs13 = errors;
if(typeof data3.channel_id !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/channel_id",schemaPath:"#/$defs/CreateChatRequest/properties/channel_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.to !== undefined){
let data5 = data3.to;
const _errs15 = errors;
if(errors === _errs15){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.identifier === undefined) && (missing2 = "identifier")){
validate10.errors = [{instancePath:instancePath+"/body/to",schemaPath:"#/$defs/CreateChatRequest/properties/to/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data5.identifier !== undefined){
if(typeof data5.identifier !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/to/identifier",schemaPath:"#/$defs/CreateChatRequest/properties/to/properties/identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/body/to",schemaPath:"#/$defs/CreateChatRequest/properties/to/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/body",schemaPath:"#/$defs/CreateChatRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

