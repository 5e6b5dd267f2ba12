// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const listChatsQuery = validate10;
const schema11 = {"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"state":{"$ref":"#/$defs/ChatState"},"channel_id":{"type":"string"},"contact_id":{"type":"string"},"limit":{"type":"integer","minimum":1,"maximum":200},"cursor":{"type":"string"}},"required":[],"additionalProperties":false,"$defs":{"ChannelType":{"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business","amb"]},"ChatState":{"type":"string","enum":["open","closed","blocked","deprecated"]}},"$id":"listChatsQuery"};
const schema12 = {"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business","amb"]};
const schema13 = {"type":"string","enum":["open","closed","blocked","deprecated"]};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="listChatsQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "state")) || (key0 === "channel_id")) || (key0 === "contact_id")) || (key0 === "limit")) || (key0 === "cursor"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data0 === "blooio") || (data0 === "twilio")) || (data0 === "whatsapp")) || (data0 === "whatsapp_business")) || (data0 === "rcs_business")) || (data0 === "amb"))){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema12.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data1 = data.state;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate10.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/ChatState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data1 === "open") || (data1 === "closed")) || (data1 === "blocked")) || (data1 === "deprecated"))){
validate10.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/ChatState/enum",keyword:"enum",params:{allowedValues: schema13.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel_id !== undefined){
const _errs8 = errors;
if(typeof data.channel_id !== "string"){
validate10.errors = [{instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contact_id !== undefined){
const _errs10 = errors;
if(typeof data.contact_id !== "string"){
validate10.errors = [{instancePath:instancePath+"/contact_id",schemaPath:"#/properties/contact_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data4 = data.limit;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate10.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 200 || isNaN(data4)){
validate10.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200}}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate10.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cursor !== undefined){
const _errs14 = errors;
if(typeof data.cursor !== "string"){
validate10.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
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

export const queryValidators = {
  "/chats": listChatsQuery,
};

export const queryEnums = {
  "/chats": {
    "type": [
      "blooio",
      "twilio",
      "whatsapp",
      "whatsapp_business",
      "rcs_business",
      "amb"
    ],
    "state": [
      "open",
      "closed",
      "blocked",
      "deprecated"
    ]
  }
};
