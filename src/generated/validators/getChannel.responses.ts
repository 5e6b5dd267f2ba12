// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const status200 = validate10;
const schema11 = {"type":"object","properties":{"data":{"$ref":"#/$defs/Channel"}},"$defs":{"Channel":{"type":"object","properties":{"id":{"type":"string"},"type":{"$ref":"#/$defs/ChannelType"},"display_address":{"type":["string","null"]},"sender_key":{"type":"string"},"status":{"$ref":"#/$defs/ChannelStatus"},"capabilities":{"$ref":"#/$defs/ChannelCapabilities"},"created_at":{"type":"integer"}}},"ChannelCapabilities":{"type":"object","properties":{"protocols":{"type":"array","items":{"type":"string"}},"content":{"type":"array","items":{"type":"string"}},"actions":{"type":"array","items":{"type":"string"}},"interactive":{"type":"array","items":{"type":"string"}},"gates":{"type":"array","items":{"type":"string"}}},"additionalProperties":true},"ChannelStatus":{"type":"string","enum":["pending_verification","active","suspended","banned","deprecated"]},"ChannelType":{"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]}},"$id":"status200"};
const schema12 = {"type":"object","properties":{"id":{"type":"string"},"type":{"$ref":"#/$defs/ChannelType"},"display_address":{"type":["string","null"]},"sender_key":{"type":"string"},"status":{"$ref":"#/$defs/ChannelStatus"},"capabilities":{"$ref":"#/$defs/ChannelCapabilities"},"created_at":{"type":"integer"}}};
const schema13 = {"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]};
const schema14 = {"type":"string","enum":["pending_verification","active","suspended","banned","deprecated"]};
const schema15 = {"type":"object","properties":{"protocols":{"type":"array","items":{"type":"string"}},"content":{"type":"array","items":{"type":"string"}},"actions":{"type":"array","items":{"type":"string"}},"interactive":{"type":"array","items":{"type":"string"}},"gates":{"type":"array","items":{"type":"string"}}},"additionalProperties":true};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.id.type,parentSchema:schema12.properties.id,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data1 === "blooio") || (data1 === "twilio")) || (data1 === "whatsapp")) || (data1 === "whatsapp_business")) || (data1 === "rcs_business"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema13.enum},schema:schema13.enum,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.display_address !== undefined){
let data2 = data.display_address;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/display_address",schemaPath:"#/properties/display_address/type",keyword:"type",params:{type: schema12.properties.display_address.type},schema:schema12.properties.display_address.type,parentSchema:schema12.properties.display_address,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sender_key !== undefined){
let data3 = data.sender_key;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/sender_key",schemaPath:"#/properties/sender_key/type",keyword:"type",params:{type: "string"},schema:schema12.properties.sender_key.type,parentSchema:schema12.properties.sender_key,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/ChannelStatus/type",keyword:"type",params:{type: "string"},schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data4 === "pending_verification") || (data4 === "active")) || (data4 === "suspended")) || (data4 === "banned")) || (data4 === "deprecated"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/ChannelStatus/enum",keyword:"enum",params:{allowedValues: schema14.enum},schema:schema14.enum,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.capabilities !== undefined){
let data5 = data.capabilities;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.protocols !== undefined){
let data6 = data5.protocols;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err7 = {instancePath:instancePath+"/capabilities/protocols/" + i0,schemaPath:"#/$defs/ChannelCapabilities/properties/protocols/items/type",keyword:"type",params:{type: "string"},schema:schema15.properties.protocols.items.type,parentSchema:schema15.properties.protocols.items,data:data7};
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
const err8 = {instancePath:instancePath+"/capabilities/protocols",schemaPath:"#/$defs/ChannelCapabilities/properties/protocols/type",keyword:"type",params:{type: "array"},schema:schema15.properties.protocols.type,parentSchema:schema15.properties.protocols,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.content !== undefined){
let data8 = data5.content;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 !== "string"){
const err9 = {instancePath:instancePath+"/capabilities/content/" + i1,schemaPath:"#/$defs/ChannelCapabilities/properties/content/items/type",keyword:"type",params:{type: "string"},schema:schema15.properties.content.items.type,parentSchema:schema15.properties.content.items,data:data9};
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
const err10 = {instancePath:instancePath+"/capabilities/content",schemaPath:"#/$defs/ChannelCapabilities/properties/content/type",keyword:"type",params:{type: "array"},schema:schema15.properties.content.type,parentSchema:schema15.properties.content,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.actions !== undefined){
let data10 = data5.actions;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(typeof data11 !== "string"){
const err11 = {instancePath:instancePath+"/capabilities/actions/" + i2,schemaPath:"#/$defs/ChannelCapabilities/properties/actions/items/type",keyword:"type",params:{type: "string"},schema:schema15.properties.actions.items.type,parentSchema:schema15.properties.actions.items,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/capabilities/actions",schemaPath:"#/$defs/ChannelCapabilities/properties/actions/type",keyword:"type",params:{type: "array"},schema:schema15.properties.actions.type,parentSchema:schema15.properties.actions,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.interactive !== undefined){
let data12 = data5.interactive;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(typeof data13 !== "string"){
const err13 = {instancePath:instancePath+"/capabilities/interactive/" + i3,schemaPath:"#/$defs/ChannelCapabilities/properties/interactive/items/type",keyword:"type",params:{type: "string"},schema:schema15.properties.interactive.items.type,parentSchema:schema15.properties.interactive.items,data:data13};
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
const err14 = {instancePath:instancePath+"/capabilities/interactive",schemaPath:"#/$defs/ChannelCapabilities/properties/interactive/type",keyword:"type",params:{type: "array"},schema:schema15.properties.interactive.type,parentSchema:schema15.properties.interactive,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.gates !== undefined){
let data14 = data5.gates;
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
let data15 = data14[i4];
if(typeof data15 !== "string"){
const err15 = {instancePath:instancePath+"/capabilities/gates/" + i4,schemaPath:"#/$defs/ChannelCapabilities/properties/gates/items/type",keyword:"type",params:{type: "string"},schema:schema15.properties.gates.items.type,parentSchema:schema15.properties.gates.items,data:data15};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/capabilities/gates",schemaPath:"#/$defs/ChannelCapabilities/properties/gates/type",keyword:"type",params:{type: "array"},schema:schema15.properties.gates.type,parentSchema:schema15.properties.gates,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/capabilities",schemaPath:"#/$defs/ChannelCapabilities/type",keyword:"type",params:{type: "object"},schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.created_at !== undefined){
let data16 = data.created_at;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err18 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "integer"},schema:schema12.properties.created_at.type,parentSchema:schema12.properties.created_at,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status200" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate11(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const status401 = validate13;
const schema16 = {"$ref":"#/$defs/AuthError","$defs":{"AuthError":{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}}},"$id":"status401"};
const schema17 = {"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status401" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
let data0 = data.error;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/AuthError/properties/error/type",keyword:"type",params:{type: "string"},schema:schema17.properties.error.type,parentSchema:schema17.properties.error,data:data0};
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
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/AuthError/properties/message/type",keyword:"type",params:{type: "string"},schema:schema17.properties.message.type,parentSchema:schema17.properties.message,data:data1};
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
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AuthError/properties/status/type",keyword:"type",params:{type: "integer"},schema:schema17.properties.status.type,parentSchema:schema17.properties.status,data:data2};
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
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/AuthError/properties/code/type",keyword:"type",params:{type: "string"},schema:schema17.properties.code.type,parentSchema:schema17.properties.code,data:data3};
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
const err4 = {instancePath,schemaPath:"#/$defs/AuthError/type",keyword:"type",params:{type: "object"},schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const status404 = validate14;
const schema18 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status404"};
const schema19 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status404" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema19.required,parentSchema:schema19,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema19.properties.error.required,parentSchema:schema19.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema19.properties.error.required,parentSchema:schema19.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema19.properties.error.properties.code.type,parentSchema:schema19.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema19.properties.error.properties.message.type,parentSchema:schema19.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema19.properties.error.properties.details.type,parentSchema:schema19.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema19.properties.error.type,parentSchema:schema19.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const responseValidators = {
  "200": status200,
  "401": status401,
  "404": status404,
};
