// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const status200 = validate10;
const schema11 = {"type":"object","properties":{"data":{"$ref":"#/$defs/Event"}},"$defs":{"Event":{"type":"object","properties":{"id":{"type":"string"},"type":{"type":"string"},"message_id":{"type":["string","null"]},"chat_id":{"type":["string","null"]},"channel_type":{"type":["string","null"]},"occurred_at":{"type":"integer"},"data":{"type":"object","additionalProperties":true}}}},"$id":"status200"};
const schema12 = {"type":"object","properties":{"id":{"type":"string"},"type":{"type":"string"},"message_id":{"type":["string","null"]},"chat_id":{"type":["string","null"]},"channel_type":{"type":["string","null"]},"occurred_at":{"type":"integer"},"data":{"type":"object","additionalProperties":true}}};

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
const err0 = {instancePath:instancePath+"/data/id",schemaPath:"#/$defs/Event/properties/id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.id.type,parentSchema:schema12.properties.id,data:data1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.type !== undefined){
let data2 = data0.type;
if(typeof data2 !== "string"){
const err1 = {instancePath:instancePath+"/data/type",schemaPath:"#/$defs/Event/properties/type/type",keyword:"type",params:{type: "string"},schema:schema12.properties.type.type,parentSchema:schema12.properties.type,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.message_id !== undefined){
let data3 = data0.message_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err2 = {instancePath:instancePath+"/data/message_id",schemaPath:"#/$defs/Event/properties/message_id/type",keyword:"type",params:{type: schema12.properties.message_id.type},schema:schema12.properties.message_id.type,parentSchema:schema12.properties.message_id,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.chat_id !== undefined){
let data4 = data0.chat_id;
if((typeof data4 !== "string") && (data4 !== null)){
const err3 = {instancePath:instancePath+"/data/chat_id",schemaPath:"#/$defs/Event/properties/chat_id/type",keyword:"type",params:{type: schema12.properties.chat_id.type},schema:schema12.properties.chat_id.type,parentSchema:schema12.properties.chat_id,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.channel_type !== undefined){
let data5 = data0.channel_type;
if((typeof data5 !== "string") && (data5 !== null)){
const err4 = {instancePath:instancePath+"/data/channel_type",schemaPath:"#/$defs/Event/properties/channel_type/type",keyword:"type",params:{type: schema12.properties.channel_type.type},schema:schema12.properties.channel_type.type,parentSchema:schema12.properties.channel_type,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.occurred_at !== undefined){
let data6 = data0.occurred_at;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err5 = {instancePath:instancePath+"/data/occurred_at",schemaPath:"#/$defs/Event/properties/occurred_at/type",keyword:"type",params:{type: "integer"},schema:schema12.properties.occurred_at.type,parentSchema:schema12.properties.occurred_at,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.data !== undefined){
let data7 = data0.data;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
}
else {
const err6 = {instancePath:instancePath+"/data/data",schemaPath:"#/$defs/Event/properties/data/type",keyword:"type",params:{type: "object"},schema:schema12.properties.data.type,parentSchema:schema12.properties.data,data:data7};
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
const err7 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/Event/type",keyword:"type",params:{type: "object"},schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const status400 = validate11;
const schema13 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status400"};
const schema14 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status400" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema14.required,parentSchema:schema14,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema14.properties.error.required,parentSchema:schema14.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema14.properties.error.required,parentSchema:schema14.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema14.properties.error.properties.code.type,parentSchema:schema14.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema14.properties.error.properties.message.type,parentSchema:schema14.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema14.properties.error.properties.details.type,parentSchema:schema14.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema14.properties.error.type,parentSchema:schema14.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const status401 = validate12;
const schema15 = {"$ref":"#/$defs/AuthError","$defs":{"AuthError":{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}}},"$id":"status401"};
const schema16 = {"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status401" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
let data0 = data.error;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/AuthError/properties/error/type",keyword:"type",params:{type: "string"},schema:schema16.properties.error.type,parentSchema:schema16.properties.error,data:data0};
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
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/AuthError/properties/message/type",keyword:"type",params:{type: "string"},schema:schema16.properties.message.type,parentSchema:schema16.properties.message,data:data1};
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
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AuthError/properties/status/type",keyword:"type",params:{type: "integer"},schema:schema16.properties.status.type,parentSchema:schema16.properties.status,data:data2};
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
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/AuthError/properties/code/type",keyword:"type",params:{type: "string"},schema:schema16.properties.code.type,parentSchema:schema16.properties.code,data:data3};
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
const err4 = {instancePath,schemaPath:"#/$defs/AuthError/type",keyword:"type",params:{type: "object"},schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const status404 = validate13;
const schema17 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status404"};
const schema18 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status404" */;
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
  "400": status400,
  "401": status401,
  "404": status404,
};
