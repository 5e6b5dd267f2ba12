// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const validateRequest = validate10;
const schema11 = {"type":"object","properties":{"path":{"type":"object","properties":{"number":{"type":"string"}},"required":["number"],"additionalProperties":false},"query":{"type":"object","properties":{},"required":[],"additionalProperties":false},"header":{"type":"object","properties":{},"required":[],"additionalProperties":false},"body":{"type":"object","properties":{"first_name":{"type":"string"},"last_name":{"type":"string"},"avatar":{"type":"string"},"sharing":{"type":"object","properties":{"enabled":{"type":"boolean"},"audience":{"type":"string"},"name_format":{"type":"string"}}}}}},"required":["path","body"],"$id":"validateRequest"};

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
if((data0.number === undefined) && (missing1 = "number")){
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data0){
if(!(key0 === "number")){
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data0.number !== undefined){
if(typeof data0.number !== "string"){
validate10.errors = [{instancePath:instancePath+"/path/number",schemaPath:"#/properties/path/properties/number/type",keyword:"type",params:{type: "string"}}];
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
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.first_name !== undefined){
const _errs14 = errors;
if(typeof data4.first_name !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/first_name",schemaPath:"#/properties/body/properties/first_name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.last_name !== undefined){
const _errs16 = errors;
if(typeof data4.last_name !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/last_name",schemaPath:"#/properties/body/properties/last_name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.avatar !== undefined){
const _errs18 = errors;
if(typeof data4.avatar !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/avatar",schemaPath:"#/properties/body/properties/avatar/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.sharing !== undefined){
let data8 = data4.sharing;
const _errs20 = errors;
if(errors === _errs20){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.enabled !== undefined){
const _errs22 = errors;
if(typeof data8.enabled !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/body/sharing/enabled",schemaPath:"#/properties/body/properties/sharing/properties/enabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.audience !== undefined){
const _errs24 = errors;
if(typeof data8.audience !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/sharing/audience",schemaPath:"#/properties/body/properties/sharing/properties/audience/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.name_format !== undefined){
const _errs26 = errors;
if(typeof data8.name_format !== "string"){
validate10.errors = [{instancePath:instancePath+"/body/sharing/name_format",schemaPath:"#/properties/body/properties/sharing/properties/name_format/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/body/sharing",schemaPath:"#/properties/body/properties/sharing/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "object"}}];
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

