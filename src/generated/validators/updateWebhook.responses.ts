// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const status200 = validate10;
const schema11 = {"type":"object","properties":{"data":{"$ref":"#/$defs/Webhook"}},"$defs":{"Webhook":{"type":"object","properties":{"id":{"type":"string"},"url":{"type":"string","format":"uri"},"event_types":{"type":"array","items":{"type":"string"}},"status":{"type":"string","enum":["active","disabled"]},"channel_id":{"type":["string","null"]},"channel_type":{"type":["string","null"]},"created_at":{"type":"integer"}}}},"$id":"status200"};
const schema12 = {"type":"object","properties":{"id":{"type":"string"},"url":{"type":"string","format":"uri"},"event_types":{"type":"array","items":{"type":"string"}},"status":{"type":"string","enum":["active","disabled"]},"channel_id":{"type":["string","null"]},"channel_type":{"type":["string","null"]},"created_at":{"type":"integer"}}};
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", "u");

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
const err0 = {instancePath:instancePath+"/data/id",schemaPath:"#/$defs/Webhook/properties/id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.id.type,parentSchema:schema12.properties.id,data:data1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.url !== undefined){
let data2 = data0.url;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err1 = {instancePath:instancePath+"/data/url",schemaPath:"#/$defs/Webhook/properties/url/format",keyword:"format",params:{format: "uri"},schema:"uri",parentSchema:schema12.properties.url,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/data/url",schemaPath:"#/$defs/Webhook/properties/url/type",keyword:"type",params:{type: "string"},schema:schema12.properties.url.type,parentSchema:schema12.properties.url,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.event_types !== undefined){
let data3 = data0.event_types;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/data/event_types/" + i0,schemaPath:"#/$defs/Webhook/properties/event_types/items/type",keyword:"type",params:{type: "string"},schema:schema12.properties.event_types.items.type,parentSchema:schema12.properties.event_types.items,data:data4};
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
const err4 = {instancePath:instancePath+"/data/event_types",schemaPath:"#/$defs/Webhook/properties/event_types/type",keyword:"type",params:{type: "array"},schema:schema12.properties.event_types.type,parentSchema:schema12.properties.event_types,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.status !== undefined){
let data5 = data0.status;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/data/status",schemaPath:"#/$defs/Webhook/properties/status/type",keyword:"type",params:{type: "string"},schema:schema12.properties.status.type,parentSchema:schema12.properties.status,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data5 === "active") || (data5 === "disabled"))){
const err6 = {instancePath:instancePath+"/data/status",schemaPath:"#/$defs/Webhook/properties/status/enum",keyword:"enum",params:{allowedValues: schema12.properties.status.enum},schema:schema12.properties.status.enum,parentSchema:schema12.properties.status,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.channel_id !== undefined){
let data6 = data0.channel_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err7 = {instancePath:instancePath+"/data/channel_id",schemaPath:"#/$defs/Webhook/properties/channel_id/type",keyword:"type",params:{type: schema12.properties.channel_id.type},schema:schema12.properties.channel_id.type,parentSchema:schema12.properties.channel_id,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.channel_type !== undefined){
let data7 = data0.channel_type;
if((typeof data7 !== "string") && (data7 !== null)){
const err8 = {instancePath:instancePath+"/data/channel_type",schemaPath:"#/$defs/Webhook/properties/channel_type/type",keyword:"type",params:{type: schema12.properties.channel_type.type},schema:schema12.properties.channel_type.type,parentSchema:schema12.properties.channel_type,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.created_at !== undefined){
let data8 = data0.created_at;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err9 = {instancePath:instancePath+"/data/created_at",schemaPath:"#/$defs/Webhook/properties/created_at/type",keyword:"type",params:{type: "integer"},schema:schema12.properties.created_at.type,parentSchema:schema12.properties.created_at,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/Webhook/type",keyword:"type",params:{type: "object"},schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const status401 = validate11;
const schema13 = {"$ref":"#/$defs/AuthError","$defs":{"AuthError":{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}}},"$id":"status401"};
const schema14 = {"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status401" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
let data0 = data.error;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/AuthError/properties/error/type",keyword:"type",params:{type: "string"},schema:schema14.properties.error.type,parentSchema:schema14.properties.error,data:data0};
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
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/AuthError/properties/message/type",keyword:"type",params:{type: "string"},schema:schema14.properties.message.type,parentSchema:schema14.properties.message,data:data1};
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
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AuthError/properties/status/type",keyword:"type",params:{type: "integer"},schema:schema14.properties.status.type,parentSchema:schema14.properties.status,data:data2};
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
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/AuthError/properties/code/type",keyword:"type",params:{type: "string"},schema:schema14.properties.code.type,parentSchema:schema14.properties.code,data:data3};
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
const err4 = {instancePath,schemaPath:"#/$defs/AuthError/type",keyword:"type",params:{type: "object"},schema:schema14.type,parentSchema:schema14,data};
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
const schema15 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status404"};
const schema16 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status404" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema16.required,parentSchema:schema16,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema16.properties.error.required,parentSchema:schema16.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema16.properties.error.required,parentSchema:schema16.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema16.properties.error.properties.code.type,parentSchema:schema16.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema16.properties.error.properties.message.type,parentSchema:schema16.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema16.properties.error.properties.details.type,parentSchema:schema16.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema16.properties.error.type,parentSchema:schema16.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema16.type,parentSchema:schema16,data};
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

export const status422 = validate13;
const schema17 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status422"};
const schema18 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status422" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema18.required,parentSchema:schema18,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema18.properties.error.required,parentSchema:schema18.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema18.properties.error.required,parentSchema:schema18.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema18.properties.error.properties.code.type,parentSchema:schema18.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema18.properties.error.properties.message.type,parentSchema:schema18.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema18.properties.error.properties.details.type,parentSchema:schema18.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema18.properties.error.type,parentSchema:schema18.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const responseValidators = {
  "200": status200,
  "401": status401,
  "404": status404,
  "422": status422,
};
