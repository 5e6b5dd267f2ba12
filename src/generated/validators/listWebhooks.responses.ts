// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const status200 = validate10;
const schema11 = {"type":"object","properties":{"data":{"type":"array","items":{"$ref":"#/$defs/Webhook"}},"has_more":{"type":"boolean"},"next_cursor":{"type":["string","null"]}},"$defs":{"Webhook":{"type":"object","properties":{"id":{"type":"string"},"url":{"type":"string","format":"uri"},"event_types":{"type":"array","items":{"type":"string"}},"status":{"type":"string","enum":["active","disabled"]},"channel_id":{"type":["string","null"]},"channel_type":{"type":["string","null"]},"created_at":{"type":"integer"}}}},"$id":"status200"};
const schema12 = {"type":"object","properties":{"id":{"type":"string"},"url":{"type":"string","format":"uri"},"event_types":{"type":"array","items":{"type":"string"}},"status":{"type":"string","enum":["active","disabled"]},"channel_id":{"type":["string","null"]},"channel_type":{"type":["string","null"]},"created_at":{"type":"integer"}}};
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status200" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 !== "string"){
const err0 = {instancePath:instancePath+"/data/" + i0+"/id",schemaPath:"#/$defs/Webhook/properties/id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.id.type,parentSchema:schema12.properties.id,data:data2};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.url !== undefined){
let data3 = data1.url;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err1 = {instancePath:instancePath+"/data/" + i0+"/url",schemaPath:"#/$defs/Webhook/properties/url/format",keyword:"format",params:{format: "uri"},schema:"uri",parentSchema:schema12.properties.url,data:data3};
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
const err2 = {instancePath:instancePath+"/data/" + i0+"/url",schemaPath:"#/$defs/Webhook/properties/url/type",keyword:"type",params:{type: "string"},schema:schema12.properties.url.type,parentSchema:schema12.properties.url,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.event_types !== undefined){
let data4 = data1.event_types;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err3 = {instancePath:instancePath+"/data/" + i0+"/event_types/" + i1,schemaPath:"#/$defs/Webhook/properties/event_types/items/type",keyword:"type",params:{type: "string"},schema:schema12.properties.event_types.items.type,parentSchema:schema12.properties.event_types.items,data:data5};
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
const err4 = {instancePath:instancePath+"/data/" + i0+"/event_types",schemaPath:"#/$defs/Webhook/properties/event_types/type",keyword:"type",params:{type: "array"},schema:schema12.properties.event_types.type,parentSchema:schema12.properties.event_types,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.status !== undefined){
let data6 = data1.status;
if(typeof data6 !== "string"){
const err5 = {instancePath:instancePath+"/data/" + i0+"/status",schemaPath:"#/$defs/Webhook/properties/status/type",keyword:"type",params:{type: "string"},schema:schema12.properties.status.type,parentSchema:schema12.properties.status,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data6 === "active") || (data6 === "disabled"))){
const err6 = {instancePath:instancePath+"/data/" + i0+"/status",schemaPath:"#/$defs/Webhook/properties/status/enum",keyword:"enum",params:{allowedValues: schema12.properties.status.enum},schema:schema12.properties.status.enum,parentSchema:schema12.properties.status,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.channel_id !== undefined){
let data7 = data1.channel_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err7 = {instancePath:instancePath+"/data/" + i0+"/channel_id",schemaPath:"#/$defs/Webhook/properties/channel_id/type",keyword:"type",params:{type: schema12.properties.channel_id.type},schema:schema12.properties.channel_id.type,parentSchema:schema12.properties.channel_id,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.channel_type !== undefined){
let data8 = data1.channel_type;
if((typeof data8 !== "string") && (data8 !== null)){
const err8 = {instancePath:instancePath+"/data/" + i0+"/channel_type",schemaPath:"#/$defs/Webhook/properties/channel_type/type",keyword:"type",params:{type: schema12.properties.channel_type.type},schema:schema12.properties.channel_type.type,parentSchema:schema12.properties.channel_type,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.created_at !== undefined){
let data9 = data1.created_at;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err9 = {instancePath:instancePath+"/data/" + i0+"/created_at",schemaPath:"#/$defs/Webhook/properties/created_at/type",keyword:"type",params:{type: "integer"},schema:schema12.properties.created_at.type,parentSchema:schema12.properties.created_at,data:data9};
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
const err10 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/$defs/Webhook/type",keyword:"type",params:{type: "object"},schema:schema12.type,parentSchema:schema12,data:data1};
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
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},schema:schema11.properties.data.type,parentSchema:schema11.properties.data,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.has_more !== undefined){
let data10 = data.has_more;
if(typeof data10 !== "boolean"){
const err12 = {instancePath:instancePath+"/has_more",schemaPath:"#/properties/has_more/type",keyword:"type",params:{type: "boolean"},schema:schema11.properties.has_more.type,parentSchema:schema11.properties.has_more,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.next_cursor !== undefined){
let data11 = data.next_cursor;
if((typeof data11 !== "string") && (data11 !== null)){
const err13 = {instancePath:instancePath+"/next_cursor",schemaPath:"#/properties/next_cursor/type",keyword:"type",params:{type: schema11.properties.next_cursor.type},schema:schema11.properties.next_cursor.type,parentSchema:schema11.properties.next_cursor,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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

export const responseValidators = {
  "200": status200,
  "401": status401,
};
