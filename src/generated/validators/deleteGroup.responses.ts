// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const status200 = validate10;
const schema11 = {"type":"object","properties":{"data":{"type":"object","properties":{"id":{"type":"string"},"deleted":{"type":"boolean"}}}},"$id":"status200"};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status200" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/data/id",schemaPath:"#/properties/data/properties/id/type",keyword:"type",params:{type: "string"},schema:schema11.properties.data.properties.id.type,parentSchema:schema11.properties.data.properties.id,data:data1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.deleted !== undefined){
let data2 = data0.deleted;
if(typeof data2 !== "boolean"){
const err1 = {instancePath:instancePath+"/data/deleted",schemaPath:"#/properties/data/properties/deleted/type",keyword:"type",params:{type: "boolean"},schema:schema11.properties.data.properties.deleted.type,parentSchema:schema11.properties.data.properties.deleted,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},schema:schema11.properties.data.type,parentSchema:schema11.properties.data,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const status401 = validate11;
const schema12 = {"$ref":"#/$defs/AuthError","$defs":{"AuthError":{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}}},"$id":"status401"};
const schema13 = {"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status401" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
let data0 = data.error;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/AuthError/properties/error/type",keyword:"type",params:{type: "string"},schema:schema13.properties.error.type,parentSchema:schema13.properties.error,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.message !== undefined){
let data1 = data.message;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/AuthError/properties/message/type",keyword:"type",params:{type: "string"},schema:schema13.properties.message.type,parentSchema:schema13.properties.message,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AuthError/properties/status/type",keyword:"type",params:{type: "integer"},schema:schema13.properties.status.type,parentSchema:schema13.properties.status,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.code !== undefined){
let data3 = data.code;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/AuthError/properties/code/type",keyword:"type",params:{type: "string"},schema:schema13.properties.code.type,parentSchema:schema13.properties.code,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/AuthError/type",keyword:"type",params:{type: "object"},schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const status404 = validate12;
const schema14 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status404"};
const schema15 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status404" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema15.properties.error.required,parentSchema:schema15.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema15.properties.error.required,parentSchema:schema15.properties.error,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema15.properties.error.properties.code.type,parentSchema:schema15.properties.error.properties.code,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
let data2 = data0.message;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema15.properties.error.properties.message.type,parentSchema:schema15.properties.error.properties.message,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.details !== undefined){
let data3 = data0.details;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema15.properties.error.properties.details.type,parentSchema:schema15.properties.error.properties.details,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema15.properties.error.type,parentSchema:schema15.properties.error,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const responseValidators = {
  "200": status200,
  "401": status401,
  "404": status404,
};
