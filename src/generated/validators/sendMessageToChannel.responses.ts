// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const status200 = validate10;
const schema11 = {"$ref":"#/$defs/MessageSendResult","$defs":{"ChannelType":{"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]},"Direction":{"type":"string","enum":["inbound","outbound"]},"MessageSendResult":{"type":"object","properties":{"id":{"type":"string"},"chat_id":{"type":"string"},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/$defs/ChannelType"},"protocol":{"type":"string","enum":["pending","unknown","imessage","sms","rcs","whatsapp"]},"direction":{"$ref":"#/$defs/Direction"},"type":{"type":"string"},"status":{"type":"string"},"group_id":{"type":"string"},"hybrid":{"type":"object","additionalProperties":true},"error":{"type":["object","null"],"additionalProperties":true},"fallback":{"type":"object","properties":{"recommended":{"type":"boolean"},"reason":{"type":"string"}}},"to":{"type":"string"},"dry_run":{"type":"boolean"},"would_send":{"type":"boolean"},"preview":{"type":"object","additionalProperties":true},"poll":{"type":"object","properties":{"title":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"routing":{"$ref":"#/$defs/RoutingMetadata"}}},"RoutingMetadata":{"type":"object","properties":{"mode":{"type":"string","enum":["explicit","priority","hybrid"]},"channel_type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"},"sender_key":{"type":"string"},"priority_id":{"type":"string"},"priority":{"type":"integer"}}}},"$id":"status200"};
const schema12 = {"type":"object","properties":{"id":{"type":"string"},"chat_id":{"type":"string"},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/$defs/ChannelType"},"protocol":{"type":"string","enum":["pending","unknown","imessage","sms","rcs","whatsapp"]},"direction":{"$ref":"#/$defs/Direction"},"type":{"type":"string"},"status":{"type":"string"},"group_id":{"type":"string"},"hybrid":{"type":"object","additionalProperties":true},"error":{"type":["object","null"],"additionalProperties":true},"fallback":{"type":"object","properties":{"recommended":{"type":"boolean"},"reason":{"type":"string"}}},"to":{"type":"string"},"dry_run":{"type":"boolean"},"would_send":{"type":"boolean"},"preview":{"type":"object","additionalProperties":true},"poll":{"type":"object","properties":{"title":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"routing":{"$ref":"#/$defs/RoutingMetadata"}}};
const schema13 = {"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]};
const schema14 = {"type":"string","enum":["inbound","outbound"]};
const schema15 = {"type":"object","properties":{"mode":{"type":"string","enum":["explicit","priority","hybrid"]},"channel_type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"},"sender_key":{"type":"string"},"priority_id":{"type":"string"},"priority":{"type":"integer"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},schema:schema15.properties.mode.type,parentSchema:schema15.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data0 === "explicit") || (data0 === "priority")) || (data0 === "hybrid"))){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema15.properties.mode.enum},schema:schema15.properties.mode.enum,parentSchema:schema15.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel_type !== undefined){
let data1 = data.channel_type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data1 === "blooio") || (data1 === "twilio")) || (data1 === "whatsapp")) || (data1 === "whatsapp_business")) || (data1 === "rcs_business"))){
const err3 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema13.enum},schema:schema13.enum,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},schema:schema15.properties.number.type,parentSchema:schema15.properties.number,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sender_key !== undefined){
let data3 = data.sender_key;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/sender_key",schemaPath:"#/properties/sender_key/type",keyword:"type",params:{type: "string"},schema:schema15.properties.sender_key.type,parentSchema:schema15.properties.sender_key,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.priority_id !== undefined){
let data4 = data.priority_id;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/priority_id",schemaPath:"#/properties/priority_id/type",keyword:"type",params:{type: "string"},schema:schema15.properties.priority_id.type,parentSchema:schema15.properties.priority_id,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.priority !== undefined){
let data5 = data.priority;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},schema:schema15.properties.priority.type,parentSchema:schema15.properties.priority,data:data5};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


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
if(data.chat_id !== undefined){
let data1 = data.chat_id;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/chat_id",schemaPath:"#/properties/chat_id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.chat_id.type,parentSchema:schema12.properties.chat_id,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel_id !== undefined){
let data2 = data.channel_id;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.channel_id.type,parentSchema:schema12.properties.channel_id,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.channel_type !== undefined){
let data3 = data.channel_type;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data3 === "blooio") || (data3 === "twilio")) || (data3 === "whatsapp")) || (data3 === "whatsapp_business")) || (data3 === "rcs_business"))){
const err4 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema13.enum},schema:schema13.enum,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protocol !== undefined){
let data4 = data.protocol;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},schema:schema12.properties.protocol.type,parentSchema:schema12.properties.protocol,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data4 === "pending") || (data4 === "unknown")) || (data4 === "imessage")) || (data4 === "sms")) || (data4 === "rcs")) || (data4 === "whatsapp"))){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema12.properties.protocol.enum},schema:schema12.properties.protocol.enum,parentSchema:schema12.properties.protocol,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.direction !== undefined){
let data5 = data.direction;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/direction",schemaPath:"#/$defs/Direction/type",keyword:"type",params:{type: "string"},schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data5 === "inbound") || (data5 === "outbound"))){
const err8 = {instancePath:instancePath+"/direction",schemaPath:"#/$defs/Direction/enum",keyword:"enum",params:{allowedValues: schema14.enum},schema:schema14.enum,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},schema:schema12.properties.type.type,parentSchema:schema12.properties.type,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
let data7 = data.status;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},schema:schema12.properties.status.type,parentSchema:schema12.properties.status,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.group_id !== undefined){
let data8 = data.group_id;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/group_id",schemaPath:"#/properties/group_id/type",keyword:"type",params:{type: "string"},schema:schema12.properties.group_id.type,parentSchema:schema12.properties.group_id,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.hybrid !== undefined){
let data9 = data.hybrid;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err12 = {instancePath:instancePath+"/hybrid",schemaPath:"#/properties/hybrid/type",keyword:"type",params:{type: "object"},schema:schema12.properties.hybrid.type,parentSchema:schema12.properties.hybrid,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.error !== undefined){
let data10 = data.error;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
const err13 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema12.properties.error.type},schema:schema12.properties.error.type,parentSchema:schema12.properties.error,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.fallback !== undefined){
let data11 = data.fallback;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.recommended !== undefined){
let data12 = data11.recommended;
if(typeof data12 !== "boolean"){
const err14 = {instancePath:instancePath+"/fallback/recommended",schemaPath:"#/properties/fallback/properties/recommended/type",keyword:"type",params:{type: "boolean"},schema:schema12.properties.fallback.properties.recommended.type,parentSchema:schema12.properties.fallback.properties.recommended,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data11.reason !== undefined){
let data13 = data11.reason;
if(typeof data13 !== "string"){
const err15 = {instancePath:instancePath+"/fallback/reason",schemaPath:"#/properties/fallback/properties/reason/type",keyword:"type",params:{type: "string"},schema:schema12.properties.fallback.properties.reason.type,parentSchema:schema12.properties.fallback.properties.reason,data:data13};
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
const err16 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},schema:schema12.properties.fallback.type,parentSchema:schema12.properties.fallback,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.to !== undefined){
let data14 = data.to;
if(typeof data14 !== "string"){
const err17 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},schema:schema12.properties.to.type,parentSchema:schema12.properties.to,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dry_run !== undefined){
let data15 = data.dry_run;
if(typeof data15 !== "boolean"){
const err18 = {instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"},schema:schema12.properties.dry_run.type,parentSchema:schema12.properties.dry_run,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.would_send !== undefined){
let data16 = data.would_send;
if(typeof data16 !== "boolean"){
const err19 = {instancePath:instancePath+"/would_send",schemaPath:"#/properties/would_send/type",keyword:"type",params:{type: "boolean"},schema:schema12.properties.would_send.type,parentSchema:schema12.properties.would_send,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.preview !== undefined){
let data17 = data.preview;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err20 = {instancePath:instancePath+"/preview",schemaPath:"#/properties/preview/type",keyword:"type",params:{type: "object"},schema:schema12.properties.preview.type,parentSchema:schema12.properties.preview,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.poll !== undefined){
let data18 = data.poll;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.title !== undefined){
let data19 = data18.title;
if(typeof data19 !== "string"){
const err21 = {instancePath:instancePath+"/poll/title",schemaPath:"#/properties/poll/properties/title/type",keyword:"type",params:{type: "string"},schema:schema12.properties.poll.properties.title.type,parentSchema:schema12.properties.poll.properties.title,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.options !== undefined){
let data20 = data18.options;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(typeof data21 !== "string"){
const err22 = {instancePath:instancePath+"/poll/options/" + i0,schemaPath:"#/properties/poll/properties/options/items/type",keyword:"type",params:{type: "string"},schema:schema12.properties.poll.properties.options.items.type,parentSchema:schema12.properties.poll.properties.options.items,data:data21};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/poll/options",schemaPath:"#/properties/poll/properties/options/type",keyword:"type",params:{type: "array"},schema:schema12.properties.poll.properties.options.type,parentSchema:schema12.properties.poll.properties.options,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/type",keyword:"type",params:{type: "object"},schema:schema12.properties.poll.type,parentSchema:schema12.properties.poll,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.routing !== undefined){
if(!(validate12(data.routing, {instancePath:instancePath+"/routing",parentData:data,parentDataProperty:"routing",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
validate10.errors = vErrors;
return errors === 0;
}

export const status201 = validate15;
const schema17 = {"$ref":"#/$defs/MessageSendResult","$defs":{"ChannelType":{"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]},"Direction":{"type":"string","enum":["inbound","outbound"]},"MessageSendResult":{"type":"object","properties":{"id":{"type":"string"},"chat_id":{"type":"string"},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/$defs/ChannelType"},"protocol":{"type":"string","enum":["pending","unknown","imessage","sms","rcs","whatsapp"]},"direction":{"$ref":"#/$defs/Direction"},"type":{"type":"string"},"status":{"type":"string"},"group_id":{"type":"string"},"hybrid":{"type":"object","additionalProperties":true},"error":{"type":["object","null"],"additionalProperties":true},"fallback":{"type":"object","properties":{"recommended":{"type":"boolean"},"reason":{"type":"string"}}},"to":{"type":"string"},"dry_run":{"type":"boolean"},"would_send":{"type":"boolean"},"preview":{"type":"object","additionalProperties":true},"poll":{"type":"object","properties":{"title":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"routing":{"$ref":"#/$defs/RoutingMetadata"}}},"RoutingMetadata":{"type":"object","properties":{"mode":{"type":"string","enum":["explicit","priority","hybrid"]},"channel_type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"},"sender_key":{"type":"string"},"priority_id":{"type":"string"},"priority":{"type":"integer"}}}},"$id":"status201"};
const schema18 = {"type":"object","properties":{"id":{"type":"string"},"chat_id":{"type":"string"},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/$defs/ChannelType"},"protocol":{"type":"string","enum":["pending","unknown","imessage","sms","rcs","whatsapp"]},"direction":{"$ref":"#/$defs/Direction"},"type":{"type":"string"},"status":{"type":"string"},"group_id":{"type":"string"},"hybrid":{"type":"object","additionalProperties":true},"error":{"type":["object","null"],"additionalProperties":true},"fallback":{"type":"object","properties":{"recommended":{"type":"boolean"},"reason":{"type":"string"}}},"to":{"type":"string"},"dry_run":{"type":"boolean"},"would_send":{"type":"boolean"},"preview":{"type":"object","additionalProperties":true},"poll":{"type":"object","properties":{"title":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"routing":{"$ref":"#/$defs/RoutingMetadata"}}};
const schema19 = {"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]};
const schema20 = {"type":"string","enum":["inbound","outbound"]};
const schema21 = {"type":"object","properties":{"mode":{"type":"string","enum":["explicit","priority","hybrid"]},"channel_type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"},"sender_key":{"type":"string"},"priority_id":{"type":"string"},"priority":{"type":"integer"}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},schema:schema21.properties.mode.type,parentSchema:schema21.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data0 === "explicit") || (data0 === "priority")) || (data0 === "hybrid"))){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema21.properties.mode.enum},schema:schema21.properties.mode.enum,parentSchema:schema21.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel_type !== undefined){
let data1 = data.channel_type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema19.type,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data1 === "blooio") || (data1 === "twilio")) || (data1 === "whatsapp")) || (data1 === "whatsapp_business")) || (data1 === "rcs_business"))){
const err3 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema19.enum},schema:schema19.enum,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},schema:schema21.properties.number.type,parentSchema:schema21.properties.number,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sender_key !== undefined){
let data3 = data.sender_key;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/sender_key",schemaPath:"#/properties/sender_key/type",keyword:"type",params:{type: "string"},schema:schema21.properties.sender_key.type,parentSchema:schema21.properties.sender_key,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.priority_id !== undefined){
let data4 = data.priority_id;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/priority_id",schemaPath:"#/properties/priority_id/type",keyword:"type",params:{type: "string"},schema:schema21.properties.priority_id.type,parentSchema:schema21.properties.priority_id,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.priority !== undefined){
let data5 = data.priority;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},schema:schema21.properties.priority.type,parentSchema:schema21.properties.priority,data:data5};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},schema:schema18.properties.id.type,parentSchema:schema18.properties.id,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.chat_id !== undefined){
let data1 = data.chat_id;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/chat_id",schemaPath:"#/properties/chat_id/type",keyword:"type",params:{type: "string"},schema:schema18.properties.chat_id.type,parentSchema:schema18.properties.chat_id,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel_id !== undefined){
let data2 = data.channel_id;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"},schema:schema18.properties.channel_id.type,parentSchema:schema18.properties.channel_id,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.channel_type !== undefined){
let data3 = data.channel_type;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema19.type,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data3 === "blooio") || (data3 === "twilio")) || (data3 === "whatsapp")) || (data3 === "whatsapp_business")) || (data3 === "rcs_business"))){
const err4 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema19.enum},schema:schema19.enum,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protocol !== undefined){
let data4 = data.protocol;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},schema:schema18.properties.protocol.type,parentSchema:schema18.properties.protocol,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data4 === "pending") || (data4 === "unknown")) || (data4 === "imessage")) || (data4 === "sms")) || (data4 === "rcs")) || (data4 === "whatsapp"))){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema18.properties.protocol.enum},schema:schema18.properties.protocol.enum,parentSchema:schema18.properties.protocol,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.direction !== undefined){
let data5 = data.direction;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/direction",schemaPath:"#/$defs/Direction/type",keyword:"type",params:{type: "string"},schema:schema20.type,parentSchema:schema20,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data5 === "inbound") || (data5 === "outbound"))){
const err8 = {instancePath:instancePath+"/direction",schemaPath:"#/$defs/Direction/enum",keyword:"enum",params:{allowedValues: schema20.enum},schema:schema20.enum,parentSchema:schema20,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},schema:schema18.properties.type.type,parentSchema:schema18.properties.type,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
let data7 = data.status;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},schema:schema18.properties.status.type,parentSchema:schema18.properties.status,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.group_id !== undefined){
let data8 = data.group_id;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/group_id",schemaPath:"#/properties/group_id/type",keyword:"type",params:{type: "string"},schema:schema18.properties.group_id.type,parentSchema:schema18.properties.group_id,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.hybrid !== undefined){
let data9 = data.hybrid;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err12 = {instancePath:instancePath+"/hybrid",schemaPath:"#/properties/hybrid/type",keyword:"type",params:{type: "object"},schema:schema18.properties.hybrid.type,parentSchema:schema18.properties.hybrid,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.error !== undefined){
let data10 = data.error;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
const err13 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema18.properties.error.type},schema:schema18.properties.error.type,parentSchema:schema18.properties.error,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.fallback !== undefined){
let data11 = data.fallback;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.recommended !== undefined){
let data12 = data11.recommended;
if(typeof data12 !== "boolean"){
const err14 = {instancePath:instancePath+"/fallback/recommended",schemaPath:"#/properties/fallback/properties/recommended/type",keyword:"type",params:{type: "boolean"},schema:schema18.properties.fallback.properties.recommended.type,parentSchema:schema18.properties.fallback.properties.recommended,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data11.reason !== undefined){
let data13 = data11.reason;
if(typeof data13 !== "string"){
const err15 = {instancePath:instancePath+"/fallback/reason",schemaPath:"#/properties/fallback/properties/reason/type",keyword:"type",params:{type: "string"},schema:schema18.properties.fallback.properties.reason.type,parentSchema:schema18.properties.fallback.properties.reason,data:data13};
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
const err16 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},schema:schema18.properties.fallback.type,parentSchema:schema18.properties.fallback,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.to !== undefined){
let data14 = data.to;
if(typeof data14 !== "string"){
const err17 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},schema:schema18.properties.to.type,parentSchema:schema18.properties.to,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dry_run !== undefined){
let data15 = data.dry_run;
if(typeof data15 !== "boolean"){
const err18 = {instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"},schema:schema18.properties.dry_run.type,parentSchema:schema18.properties.dry_run,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.would_send !== undefined){
let data16 = data.would_send;
if(typeof data16 !== "boolean"){
const err19 = {instancePath:instancePath+"/would_send",schemaPath:"#/properties/would_send/type",keyword:"type",params:{type: "boolean"},schema:schema18.properties.would_send.type,parentSchema:schema18.properties.would_send,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.preview !== undefined){
let data17 = data.preview;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err20 = {instancePath:instancePath+"/preview",schemaPath:"#/properties/preview/type",keyword:"type",params:{type: "object"},schema:schema18.properties.preview.type,parentSchema:schema18.properties.preview,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.poll !== undefined){
let data18 = data.poll;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.title !== undefined){
let data19 = data18.title;
if(typeof data19 !== "string"){
const err21 = {instancePath:instancePath+"/poll/title",schemaPath:"#/properties/poll/properties/title/type",keyword:"type",params:{type: "string"},schema:schema18.properties.poll.properties.title.type,parentSchema:schema18.properties.poll.properties.title,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.options !== undefined){
let data20 = data18.options;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(typeof data21 !== "string"){
const err22 = {instancePath:instancePath+"/poll/options/" + i0,schemaPath:"#/properties/poll/properties/options/items/type",keyword:"type",params:{type: "string"},schema:schema18.properties.poll.properties.options.items.type,parentSchema:schema18.properties.poll.properties.options.items,data:data21};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/poll/options",schemaPath:"#/properties/poll/properties/options/type",keyword:"type",params:{type: "array"},schema:schema18.properties.poll.properties.options.type,parentSchema:schema18.properties.poll.properties.options,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/type",keyword:"type",params:{type: "object"},schema:schema18.properties.poll.type,parentSchema:schema18.properties.poll,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.routing !== undefined){
if(!(validate17(data.routing, {instancePath:instancePath+"/routing",parentData:data,parentDataProperty:"routing",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status201" */;
let vErrors = null;
let errors = 0;
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
validate15.errors = vErrors;
return errors === 0;
}

export const status207 = validate20;
const schema23 = {"$ref":"#/$defs/FanOutResult","$defs":{"ChannelType":{"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]},"Direction":{"type":"string","enum":["inbound","outbound"]},"FanOutResult":{"type":"object","properties":{"data":{"type":"array","items":{"$ref":"#/$defs/MessageSendResult"}},"fan_out":{"type":"boolean"},"sent":{"type":"integer"},"failed":{"type":"integer"},"dry_run":{"type":"boolean"},"routing":{"$ref":"#/$defs/RoutingMetadata"}}},"MessageSendResult":{"type":"object","properties":{"id":{"type":"string"},"chat_id":{"type":"string"},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/$defs/ChannelType"},"protocol":{"type":"string","enum":["pending","unknown","imessage","sms","rcs","whatsapp"]},"direction":{"$ref":"#/$defs/Direction"},"type":{"type":"string"},"status":{"type":"string"},"group_id":{"type":"string"},"hybrid":{"type":"object","additionalProperties":true},"error":{"type":["object","null"],"additionalProperties":true},"fallback":{"type":"object","properties":{"recommended":{"type":"boolean"},"reason":{"type":"string"}}},"to":{"type":"string"},"dry_run":{"type":"boolean"},"would_send":{"type":"boolean"},"preview":{"type":"object","additionalProperties":true},"poll":{"type":"object","properties":{"title":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"routing":{"$ref":"#/$defs/RoutingMetadata"}}},"RoutingMetadata":{"type":"object","properties":{"mode":{"type":"string","enum":["explicit","priority","hybrid"]},"channel_type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"},"sender_key":{"type":"string"},"priority_id":{"type":"string"},"priority":{"type":"integer"}}}},"$id":"status207"};
const schema24 = {"type":"object","properties":{"data":{"type":"array","items":{"$ref":"#/$defs/MessageSendResult"}},"fan_out":{"type":"boolean"},"sent":{"type":"integer"},"failed":{"type":"integer"},"dry_run":{"type":"boolean"},"routing":{"$ref":"#/$defs/RoutingMetadata"}}};
const schema25 = {"type":"object","properties":{"id":{"type":"string"},"chat_id":{"type":"string"},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/$defs/ChannelType"},"protocol":{"type":"string","enum":["pending","unknown","imessage","sms","rcs","whatsapp"]},"direction":{"$ref":"#/$defs/Direction"},"type":{"type":"string"},"status":{"type":"string"},"group_id":{"type":"string"},"hybrid":{"type":"object","additionalProperties":true},"error":{"type":["object","null"],"additionalProperties":true},"fallback":{"type":"object","properties":{"recommended":{"type":"boolean"},"reason":{"type":"string"}}},"to":{"type":"string"},"dry_run":{"type":"boolean"},"would_send":{"type":"boolean"},"preview":{"type":"object","additionalProperties":true},"poll":{"type":"object","properties":{"title":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"routing":{"$ref":"#/$defs/RoutingMetadata"}}};
const schema26 = {"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]};
const schema27 = {"type":"string","enum":["inbound","outbound"]};
const schema28 = {"type":"object","properties":{"mode":{"type":"string","enum":["explicit","priority","hybrid"]},"channel_type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"},"sender_key":{"type":"string"},"priority_id":{"type":"string"},"priority":{"type":"integer"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},schema:schema28.properties.mode.type,parentSchema:schema28.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data0 === "explicit") || (data0 === "priority")) || (data0 === "hybrid"))){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema28.properties.mode.enum},schema:schema28.properties.mode.enum,parentSchema:schema28.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel_type !== undefined){
let data1 = data.channel_type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema26.type,parentSchema:schema26,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data1 === "blooio") || (data1 === "twilio")) || (data1 === "whatsapp")) || (data1 === "whatsapp_business")) || (data1 === "rcs_business"))){
const err3 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema26.enum},schema:schema26.enum,parentSchema:schema26,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},schema:schema28.properties.number.type,parentSchema:schema28.properties.number,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sender_key !== undefined){
let data3 = data.sender_key;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/sender_key",schemaPath:"#/properties/sender_key/type",keyword:"type",params:{type: "string"},schema:schema28.properties.sender_key.type,parentSchema:schema28.properties.sender_key,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.priority_id !== undefined){
let data4 = data.priority_id;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/priority_id",schemaPath:"#/properties/priority_id/type",keyword:"type",params:{type: "string"},schema:schema28.properties.priority_id.type,parentSchema:schema28.properties.priority_id,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.priority !== undefined){
let data5 = data.priority;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},schema:schema28.properties.priority.type,parentSchema:schema28.properties.priority,data:data5};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.chat_id !== undefined){
let data1 = data.chat_id;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/chat_id",schemaPath:"#/properties/chat_id/type",keyword:"type",params:{type: "string"},schema:schema25.properties.chat_id.type,parentSchema:schema25.properties.chat_id,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel_id !== undefined){
let data2 = data.channel_id;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"},schema:schema25.properties.channel_id.type,parentSchema:schema25.properties.channel_id,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.channel_type !== undefined){
let data3 = data.channel_type;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"},schema:schema26.type,parentSchema:schema26,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data3 === "blooio") || (data3 === "twilio")) || (data3 === "whatsapp")) || (data3 === "whatsapp_business")) || (data3 === "rcs_business"))){
const err4 = {instancePath:instancePath+"/channel_type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema26.enum},schema:schema26.enum,parentSchema:schema26,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protocol !== undefined){
let data4 = data.protocol;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},schema:schema25.properties.protocol.type,parentSchema:schema25.properties.protocol,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data4 === "pending") || (data4 === "unknown")) || (data4 === "imessage")) || (data4 === "sms")) || (data4 === "rcs")) || (data4 === "whatsapp"))){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema25.properties.protocol.enum},schema:schema25.properties.protocol.enum,parentSchema:schema25.properties.protocol,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.direction !== undefined){
let data5 = data.direction;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/direction",schemaPath:"#/$defs/Direction/type",keyword:"type",params:{type: "string"},schema:schema27.type,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data5 === "inbound") || (data5 === "outbound"))){
const err8 = {instancePath:instancePath+"/direction",schemaPath:"#/$defs/Direction/enum",keyword:"enum",params:{allowedValues: schema27.enum},schema:schema27.enum,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},schema:schema25.properties.type.type,parentSchema:schema25.properties.type,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
let data7 = data.status;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},schema:schema25.properties.status.type,parentSchema:schema25.properties.status,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.group_id !== undefined){
let data8 = data.group_id;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/group_id",schemaPath:"#/properties/group_id/type",keyword:"type",params:{type: "string"},schema:schema25.properties.group_id.type,parentSchema:schema25.properties.group_id,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.hybrid !== undefined){
let data9 = data.hybrid;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err12 = {instancePath:instancePath+"/hybrid",schemaPath:"#/properties/hybrid/type",keyword:"type",params:{type: "object"},schema:schema25.properties.hybrid.type,parentSchema:schema25.properties.hybrid,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.error !== undefined){
let data10 = data.error;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
const err13 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema25.properties.error.type},schema:schema25.properties.error.type,parentSchema:schema25.properties.error,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.fallback !== undefined){
let data11 = data.fallback;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.recommended !== undefined){
let data12 = data11.recommended;
if(typeof data12 !== "boolean"){
const err14 = {instancePath:instancePath+"/fallback/recommended",schemaPath:"#/properties/fallback/properties/recommended/type",keyword:"type",params:{type: "boolean"},schema:schema25.properties.fallback.properties.recommended.type,parentSchema:schema25.properties.fallback.properties.recommended,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data11.reason !== undefined){
let data13 = data11.reason;
if(typeof data13 !== "string"){
const err15 = {instancePath:instancePath+"/fallback/reason",schemaPath:"#/properties/fallback/properties/reason/type",keyword:"type",params:{type: "string"},schema:schema25.properties.fallback.properties.reason.type,parentSchema:schema25.properties.fallback.properties.reason,data:data13};
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
const err16 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},schema:schema25.properties.fallback.type,parentSchema:schema25.properties.fallback,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.to !== undefined){
let data14 = data.to;
if(typeof data14 !== "string"){
const err17 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},schema:schema25.properties.to.type,parentSchema:schema25.properties.to,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dry_run !== undefined){
let data15 = data.dry_run;
if(typeof data15 !== "boolean"){
const err18 = {instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"},schema:schema25.properties.dry_run.type,parentSchema:schema25.properties.dry_run,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.would_send !== undefined){
let data16 = data.would_send;
if(typeof data16 !== "boolean"){
const err19 = {instancePath:instancePath+"/would_send",schemaPath:"#/properties/would_send/type",keyword:"type",params:{type: "boolean"},schema:schema25.properties.would_send.type,parentSchema:schema25.properties.would_send,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.preview !== undefined){
let data17 = data.preview;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err20 = {instancePath:instancePath+"/preview",schemaPath:"#/properties/preview/type",keyword:"type",params:{type: "object"},schema:schema25.properties.preview.type,parentSchema:schema25.properties.preview,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.poll !== undefined){
let data18 = data.poll;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.title !== undefined){
let data19 = data18.title;
if(typeof data19 !== "string"){
const err21 = {instancePath:instancePath+"/poll/title",schemaPath:"#/properties/poll/properties/title/type",keyword:"type",params:{type: "string"},schema:schema25.properties.poll.properties.title.type,parentSchema:schema25.properties.poll.properties.title,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.options !== undefined){
let data20 = data18.options;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(typeof data21 !== "string"){
const err22 = {instancePath:instancePath+"/poll/options/" + i0,schemaPath:"#/properties/poll/properties/options/items/type",keyword:"type",params:{type: "string"},schema:schema25.properties.poll.properties.options.items.type,parentSchema:schema25.properties.poll.properties.options.items,data:data21};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/poll/options",schemaPath:"#/properties/poll/properties/options/type",keyword:"type",params:{type: "array"},schema:schema25.properties.poll.properties.options.type,parentSchema:schema25.properties.poll.properties.options,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/type",keyword:"type",params:{type: "object"},schema:schema25.properties.poll.type,parentSchema:schema25.properties.poll,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.routing !== undefined){
if(!(validate23(data.routing, {instancePath:instancePath+"/routing",parentData:data,parentDataProperty:"routing",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},schema:schema24.properties.data.type,parentSchema:schema24.properties.data,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.fan_out !== undefined){
let data2 = data.fan_out;
if(typeof data2 !== "boolean"){
const err1 = {instancePath:instancePath+"/fan_out",schemaPath:"#/properties/fan_out/type",keyword:"type",params:{type: "boolean"},schema:schema24.properties.fan_out.type,parentSchema:schema24.properties.fan_out,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sent !== undefined){
let data3 = data.sent;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err2 = {instancePath:instancePath+"/sent",schemaPath:"#/properties/sent/type",keyword:"type",params:{type: "integer"},schema:schema24.properties.sent.type,parentSchema:schema24.properties.sent,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.failed !== undefined){
let data4 = data.failed;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err3 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/type",keyword:"type",params:{type: "integer"},schema:schema24.properties.failed.type,parentSchema:schema24.properties.failed,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dry_run !== undefined){
let data5 = data.dry_run;
if(typeof data5 !== "boolean"){
const err4 = {instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"},schema:schema24.properties.dry_run.type,parentSchema:schema24.properties.dry_run,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.routing !== undefined){
if(!(validate23(data.routing, {instancePath:instancePath+"/routing",parentData:data,parentDataProperty:"routing",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status207" */;
let vErrors = null;
let errors = 0;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}

export const status401 = validate28;
const schema30 = {"$ref":"#/$defs/AuthError","$defs":{"AuthError":{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}}},"$id":"status401"};
const schema31 = {"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status401" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
let data0 = data.error;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/AuthError/properties/error/type",keyword:"type",params:{type: "string"},schema:schema31.properties.error.type,parentSchema:schema31.properties.error,data:data0};
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
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/AuthError/properties/message/type",keyword:"type",params:{type: "string"},schema:schema31.properties.message.type,parentSchema:schema31.properties.message,data:data1};
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
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AuthError/properties/status/type",keyword:"type",params:{type: "integer"},schema:schema31.properties.status.type,parentSchema:schema31.properties.status,data:data2};
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
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/AuthError/properties/code/type",keyword:"type",params:{type: "string"},schema:schema31.properties.code.type,parentSchema:schema31.properties.code,data:data3};
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
const err4 = {instancePath,schemaPath:"#/$defs/AuthError/type",keyword:"type",params:{type: "object"},schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

export const status404 = validate29;
const schema32 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status404"};
const schema33 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status404" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema33.required,parentSchema:schema33,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema33.properties.error.required,parentSchema:schema33.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema33.properties.error.required,parentSchema:schema33.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema33.properties.error.properties.code.type,parentSchema:schema33.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema33.properties.error.properties.message.type,parentSchema:schema33.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema33.properties.error.properties.details.type,parentSchema:schema33.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema33.properties.error.type,parentSchema:schema33.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

export const status409 = validate30;
const schema34 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status409"};
const schema35 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status409" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema35.required,parentSchema:schema35,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema35.properties.error.required,parentSchema:schema35.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema35.properties.error.required,parentSchema:schema35.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema35.properties.error.properties.code.type,parentSchema:schema35.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema35.properties.error.properties.message.type,parentSchema:schema35.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema35.properties.error.properties.details.type,parentSchema:schema35.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema35.properties.error.type,parentSchema:schema35.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

export const status422 = validate31;
const schema36 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status422"};
const schema37 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status422" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema37.required,parentSchema:schema37,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema37.properties.error.required,parentSchema:schema37.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema37.properties.error.required,parentSchema:schema37.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema37.properties.error.properties.code.type,parentSchema:schema37.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema37.properties.error.properties.message.type,parentSchema:schema37.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema37.properties.error.properties.details.type,parentSchema:schema37.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema37.properties.error.type,parentSchema:schema37.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

export const status501 = validate32;
const schema38 = {"$ref":"#/$defs/Error","$defs":{"Error":{"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]}},"$id":"status501"};
const schema39 = {"type":"object","properties":{"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","additionalProperties":true}},"required":["code","message"]}},"required":["error"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="status501" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Error/required",keyword:"required",params:{missingProperty: "error"},schema:schema39.required,parentSchema:schema39,data};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "code"},schema:schema39.properties.error.required,parentSchema:schema39.properties.error,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/required",keyword:"required",params:{missingProperty: "message"},schema:schema39.properties.error.required,parentSchema:schema39.properties.error,data:data0};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/$defs/Error/properties/error/properties/code/type",keyword:"type",params:{type: "string"},schema:schema39.properties.error.properties.code.type,parentSchema:schema39.properties.error.properties.code,data:data1};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"#/$defs/Error/properties/error/properties/message/type",keyword:"type",params:{type: "string"},schema:schema39.properties.error.properties.message.type,parentSchema:schema39.properties.error.properties.message,data:data2};
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
const err5 = {instancePath:instancePath+"/error/details",schemaPath:"#/$defs/Error/properties/error/properties/details/type",keyword:"type",params:{type: "object"},schema:schema39.properties.error.properties.details.type,parentSchema:schema39.properties.error.properties.details,data:data3};
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
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/$defs/Error/properties/error/type",keyword:"type",params:{type: "object"},schema:schema39.properties.error.type,parentSchema:schema39.properties.error,data:data0};
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
const err7 = {instancePath,schemaPath:"#/$defs/Error/type",keyword:"type",params:{type: "object"},schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const responseValidators = {
  "200": status200,
  "201": status201,
  "207": status207,
  "401": status401,
  "404": status404,
  "409": status409,
  "422": status422,
  "501": status501,
};
