// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const validateRequest = validate10;
const schema11 = {"type":"object","properties":{"path":{"type":"object","properties":{"priorityId":{"type":"string"}},"required":["priorityId"],"additionalProperties":false},"query":{"type":"object","properties":{},"required":[],"additionalProperties":false},"header":{"type":"object","properties":{},"required":[],"additionalProperties":false},"body":{"$ref":"#/$defs/UpdatePriorityRequest"}},"required":["path","body"],"$defs":{"UpdatePriorityRequest":{"type":"object","properties":{"name":{"type":"string"},"is_default":{"type":"boolean"},"channels":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"channel_id":{"type":"string"},"priority":{"type":"integer","minimum":1}},"required":["channel_id"]}]}}}}},"$id":"validateRequest"};
const schema12 = {"type":"object","properties":{"name":{"type":"string"},"is_default":{"type":"boolean"},"channels":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"channel_id":{"type":"string"},"priority":{"type":"integer","minimum":1}},"required":["channel_id"]}]}}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="validateRequest" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.path === undefined) && (missing0 = "path")) || ((data.body === undefined) && (missing0 = "body"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.path !== undefined){
let data0 = data.path;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.priorityId === undefined) && (missing1 = "priorityId")){
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data0){
if(!(key0 === "priorityId")){
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data0.priorityId !== undefined){
if(typeof data0.priorityId !== "string"){
validate10.errors = [{instancePath:instancePath+"/path/priorityId",schemaPath:"#/properties/path/properties/priorityId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
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
let data2 = data.query;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.header !== undefined){
let data3 = data.header;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
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
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data4 = data.body;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name !== undefined){
const _errs15 = errors;
if(typeof data4.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/name",schemaPath:"#/$defs/UpdatePriorityRequest/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.is_default !== undefined){
const _errs17 = errors;
if(typeof data4.is_default !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/body/is_default",schemaPath:"#/$defs/UpdatePriorityRequest/properties/is_default/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.channels !== undefined){
let data7 = data4.channels;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data7)){
if(data7.length < 1){
validate10.errors = [{instancePath:instancePath+"/body/channels",schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid4 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs21 = errors;
const _errs22 = errors;
let valid5 = false;
let passing0 = null;
const _errs23 = errors;
if(typeof data8 !== "string"){
const err0 = {instancePath:instancePath+"/body/channels/" + i0,schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs25 = errors;
if(errors === _errs25){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.channel_id === undefined) && (missing2 = "channel_id")){
const err1 = {instancePath:instancePath+"/body/channels/" + i0,schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data8.channel_id !== undefined){
const _errs27 = errors;
if(typeof data8.channel_id !== "string"){
const err2 = {instancePath:instancePath+"/body/channels/" + i0+"/channel_id",schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf/1/properties/channel_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.priority !== undefined){
let data10 = data8.priority;
const _errs29 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err3 = {instancePath:instancePath+"/body/channels/" + i0+"/priority",schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf/1/properties/priority/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors === _errs29){
if(typeof data10 == "number"){
if(data10 < 1 || isNaN(data10)){
const err4 = {instancePath:instancePath+"/body/channels/" + i0+"/priority",schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf/1/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/body/channels/" + i0,schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err6 = {instancePath:instancePath+"/body/channels/" + i0,schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs21 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/body/channels",schemaPath:"#/$defs/UpdatePriorityRequest/properties/channels/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/body",schemaPath:"#/$defs/UpdatePriorityRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs12 === errors;
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

