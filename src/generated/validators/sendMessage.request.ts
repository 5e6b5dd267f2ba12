// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

// @ts-nocheck
"use strict";
export const validateRequest = validate10;
const schema11 = {"type":"object","properties":{"path":{"type":"object","properties":{},"required":[],"additionalProperties":false},"query":{"type":"object","properties":{},"required":[],"additionalProperties":false},"header":{"type":"object","properties":{},"required":[],"additionalProperties":false},"body":{"$ref":"#/$defs/SendMessageRequest"}},"required":["body"],"$defs":{"ChannelType":{"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]},"InteractiveContent":{"type":"object","properties":{"type":{"type":"string","const":"interactive"},"kind":{"type":"string"}},"required":["type","kind"]},"LinkPreview":{"type":"object","properties":{"imageUrl":{"type":"string","format":"uri"},"title":{"type":"string"}}},"MediaContent":{"type":"object","properties":{"type":{"type":"string","const":"media"},"attachments":{"type":"array","items":{"type":"string","format":"uri"},"minItems":1},"caption":{"type":"string"},"reply_to":{"type":"string"}},"required":["type","attachments"]},"MessageContent":{"type":"object","required":["type"],"properties":{"type":{"enum":["text","media","multipart","rich_link","interactive","poll"]}},"allOf":[{"if":{"required":["type"],"properties":{"type":{"const":"text"}}},"then":{"$ref":"#/$defs/TextContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"media"}}},"then":{"$ref":"#/$defs/MediaContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"multipart"}}},"then":{"$ref":"#/$defs/MultipartContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"rich_link"}}},"then":{"$ref":"#/$defs/RichLinkContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"interactive"}}},"then":{"$ref":"#/$defs/InteractiveContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"poll"}}},"then":{"$ref":"#/$defs/PollContent"}}]},"MultipartContent":{"type":"object","properties":{"type":{"type":"string","const":"multipart"},"parts":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"url":{"type":"string","format":"uri"}}},"minItems":1},"reply_to":{"type":"string"}},"required":["type","parts"]},"PollContent":{"type":"object","properties":{"type":{"type":"string","const":"poll"},"title":{"type":"string","minLength":1},"options":{"type":"array","items":{"type":"string","minLength":1},"minItems":2}},"required":["type","title","options"]},"Recipient":{"oneOf":[{"type":"object","properties":{"identifier":{"type":"string"},"type":{"type":"string"}},"required":["identifier"],"additionalProperties":false},{"type":"object","properties":{"contact_id":{"type":"string"}},"required":["contact_id"],"additionalProperties":false},{"type":"object","properties":{"group_id":{"type":"string"}},"required":["group_id"],"additionalProperties":false},{"type":"object","properties":{"identifiers":{"type":"array","items":{"type":"string"}},"type":{"type":"string"}},"required":["identifiers"],"additionalProperties":false},{"type":"array","items":{"type":"string"}},{"type":"string"}]},"RichLinkContent":{"type":"object","properties":{"type":{"type":"string","const":"rich_link"},"url":{"type":"string","format":"uri"},"title":{"type":"string"},"reply_to":{"type":"string"}},"required":["type","url"]},"SendMessageRequest":{"type":"object","properties":{"from":{"$ref":"#/$defs/SenderSelector"},"channel_id":{"type":"string"},"priority_id":{"type":"string"},"to":{"$ref":"#/$defs/Recipient"},"content":{"$ref":"#/$defs/MessageContent"},"dry_run":{"type":"boolean"}},"required":["to","content"]},"SenderSelector":{"oneOf":[{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additionalProperties":false},{"type":"object","properties":{"type":{"const":"hybrid"},"number":{"type":"string"}},"required":["type","number"],"additionalProperties":false},{"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"}},"required":["type","number"],"additionalProperties":false},{"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"sender_key":{"type":"string"}},"required":["type","sender_key"],"additionalProperties":false},{"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"priority_id":{"type":"string"}},"required":["type"],"additionalProperties":false},{"type":"object","properties":{"priority_id":{"type":"string"}},"required":["priority_id"],"additionalProperties":false}]},"TextContent":{"type":"object","properties":{"type":{"type":"string","const":"text"},"text":{"type":"string"},"reply_to":{"type":"string"},"effect":{"type":"string"},"link_preview":{"$ref":"#/$defs/LinkPreview"}},"required":["type","text"]}},"$id":"validateRequest"};
const schema12 = {"type":"object","properties":{"from":{"$ref":"#/$defs/SenderSelector"},"channel_id":{"type":"string"},"priority_id":{"type":"string"},"to":{"$ref":"#/$defs/Recipient"},"content":{"$ref":"#/$defs/MessageContent"},"dry_run":{"type":"boolean"}},"required":["to","content"]};
const schema17 = {"oneOf":[{"type":"object","properties":{"identifier":{"type":"string"},"type":{"type":"string"}},"required":["identifier"],"additionalProperties":false},{"type":"object","properties":{"contact_id":{"type":"string"}},"required":["contact_id"],"additionalProperties":false},{"type":"object","properties":{"group_id":{"type":"string"}},"required":["group_id"],"additionalProperties":false},{"type":"object","properties":{"identifiers":{"type":"array","items":{"type":"string"}},"type":{"type":"string"}},"required":["identifiers"],"additionalProperties":false},{"type":"array","items":{"type":"string"}},{"type":"string"}]};
const schema13 = {"oneOf":[{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additionalProperties":false},{"type":"object","properties":{"type":{"const":"hybrid"},"number":{"type":"string"}},"required":["type","number"],"additionalProperties":false},{"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"number":{"type":"string"}},"required":["type","number"],"additionalProperties":false},{"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"sender_key":{"type":"string"}},"required":["type","sender_key"],"additionalProperties":false},{"type":"object","properties":{"type":{"$ref":"#/$defs/ChannelType"},"priority_id":{"type":"string"}},"required":["type"],"additionalProperties":false},{"type":"object","properties":{"priority_id":{"type":"string"}},"required":["priority_id"],"additionalProperties":false}]};
const schema14 = {"type":"string","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!(key0 === "id")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs3 === errors){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: "string"}};
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
}
}
else {
const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.number === undefined) && (missing1 = "number"))){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
const _errs8 = errors;
for(const key1 in data){
if(!((key1 === "type") || (key1 === "number"))){
const err5 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
}
if(_errs8 === errors){
if(data.type !== undefined){
const _errs9 = errors;
if("hybrid" !== data.type){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "hybrid"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.number !== undefined){
const _errs10 = errors;
if(typeof data.number !== "string"){
const err7 = {instancePath:instancePath+"/number",schemaPath:"#/oneOf/1/properties/number/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.number === undefined) && (missing2 = "number"))){
const err9 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
const _errs14 = errors;
for(const key2 in data){
if(!((key2 === "type") || (key2 === "number"))){
const err10 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
}
if(_errs14 === errors){
if(data.type !== undefined){
let data3 = data.type;
const _errs15 = errors;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((((data3 === "blooio") || (data3 === "twilio")) || (data3 === "whatsapp")) || (data3 === "whatsapp_business")) || (data3 === "rcs_business"))){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema14.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.number !== undefined){
const _errs18 = errors;
if(typeof data.number !== "string"){
const err13 = {instancePath:instancePath+"/number",schemaPath:"#/oneOf/2/properties/number/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs20 = errors;
if(errors === _errs20){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.type === undefined) && (missing3 = "type")) || ((data.sender_key === undefined) && (missing3 = "sender_key"))){
const err15 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
const _errs22 = errors;
for(const key3 in data){
if(!((key3 === "type") || (key3 === "sender_key"))){
const err16 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
}
if(_errs22 === errors){
if(data.type !== undefined){
let data5 = data.type;
const _errs23 = errors;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((((data5 === "blooio") || (data5 === "twilio")) || (data5 === "whatsapp")) || (data5 === "whatsapp_business")) || (data5 === "rcs_business"))){
const err18 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema14.enum}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.sender_key !== undefined){
const _errs26 = errors;
if(typeof data.sender_key !== "string"){
const err19 = {instancePath:instancePath+"/sender_key",schemaPath:"#/oneOf/3/properties/sender_key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
const _errs28 = errors;
if(errors === _errs28){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err21 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing4}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
const _errs30 = errors;
for(const key4 in data){
if(!((key4 === "type") || (key4 === "priority_id"))){
const err22 = {instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
}
if(_errs30 === errors){
if(data.type !== undefined){
let data7 = data.type;
const _errs31 = errors;
if(typeof data7 !== "string"){
const err23 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((data7 === "blooio") || (data7 === "twilio")) || (data7 === "whatsapp")) || (data7 === "whatsapp_business")) || (data7 === "rcs_business"))){
const err24 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelType/enum",keyword:"enum",params:{allowedValues: schema14.enum}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid7 = _errs31 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.priority_id !== undefined){
const _errs34 = errors;
if(typeof data.priority_id !== "string"){
const err25 = {instancePath:instancePath+"/priority_id",schemaPath:"#/oneOf/4/properties/priority_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
}
const _errs36 = errors;
if(errors === _errs36){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.priority_id === undefined) && (missing5 = "priority_id")){
const err27 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing5}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
const _errs38 = errors;
for(const key5 in data){
if(!(key5 === "priority_id")){
const err28 = {instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break;
}
}
if(_errs38 === errors){
if(data.priority_id !== undefined){
if(typeof data.priority_id !== "string"){
const err29 = {instancePath:instancePath+"/priority_id",schemaPath:"#/oneOf/5/properties/priority_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
}
}
}
}
}
}
if(!valid0){
const err31 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
validate12.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","required":["type"],"properties":{"type":{"enum":["text","media","multipart","rich_link","interactive","poll"]}},"allOf":[{"if":{"required":["type"],"properties":{"type":{"const":"text"}}},"then":{"$ref":"#/$defs/TextContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"media"}}},"then":{"$ref":"#/$defs/MediaContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"multipart"}}},"then":{"$ref":"#/$defs/MultipartContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"rich_link"}}},"then":{"$ref":"#/$defs/RichLinkContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"interactive"}}},"then":{"$ref":"#/$defs/InteractiveContent"}},{"if":{"required":["type"],"properties":{"type":{"const":"poll"}}},"then":{"$ref":"#/$defs/PollContent"}}]};
const schema21 = {"type":"object","properties":{"type":{"type":"string","const":"media"},"attachments":{"type":"array","items":{"type":"string","format":"uri"},"minItems":1},"caption":{"type":"string"},"reply_to":{"type":"string"}},"required":["type","attachments"]};
const schema22 = {"type":"object","properties":{"type":{"type":"string","const":"multipart"},"parts":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"url":{"type":"string","format":"uri"}}},"minItems":1},"reply_to":{"type":"string"}},"required":["type","parts"]};
const schema23 = {"type":"object","properties":{"type":{"type":"string","const":"rich_link"},"url":{"type":"string","format":"uri"},"title":{"type":"string"},"reply_to":{"type":"string"}},"required":["type","url"]};
const schema24 = {"type":"object","properties":{"type":{"type":"string","const":"interactive"},"kind":{"type":"string"}},"required":["type","kind"]};
const schema25 = {"type":"object","properties":{"type":{"type":"string","const":"poll"},"title":{"type":"string","minLength":1},"options":{"type":"array","items":{"type":"string","minLength":1},"minItems":2}},"required":["type","title","options"]};
const schema19 = {"type":"object","properties":{"type":{"type":"string","const":"text"},"text":{"type":"string"},"reply_to":{"type":"string"},"effect":{"type":"string"},"link_preview":{"$ref":"#/$defs/LinkPreview"}},"required":["type","text"]};
const schema20 = {"type":"object","properties":{"imageUrl":{"type":"string","format":"uri"},"title":{"type":"string"}}};
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.text === undefined) && (missing0 = "text"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate15.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("text" !== data0){
validate15.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs3 = errors;
if(typeof data.text !== "string"){
validate15.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reply_to !== undefined){
const _errs5 = errors;
if(typeof data.reply_to !== "string"){
validate15.errors = [{instancePath:instancePath+"/reply_to",schemaPath:"#/properties/reply_to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.effect !== undefined){
const _errs7 = errors;
if(typeof data.effect !== "string"){
validate15.errors = [{instancePath:instancePath+"/effect",schemaPath:"#/properties/effect/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.link_preview !== undefined){
let data4 = data.link_preview;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.imageUrl !== undefined){
let data5 = data4.imageUrl;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate15.errors = [{instancePath:instancePath+"/link_preview/imageUrl",schemaPath:"#/$defs/LinkPreview/properties/imageUrl/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/link_preview/imageUrl",schemaPath:"#/$defs/LinkPreview/properties/imageUrl/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.title !== undefined){
const _errs14 = errors;
if(typeof data4.title !== "string"){
validate15.errors = [{instancePath:instancePath+"/link_preview/title",schemaPath:"#/$defs/LinkPreview/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/link_preview",schemaPath:"#/$defs/LinkPreview/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs9 === errors;
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
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("text" !== data.type){
const err1 = {};
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
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("media" !== data.type){
const err4 = {};
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
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.attachments === undefined) && (missing2 = "attachments"))){
validate14.errors = [{instancePath,schemaPath:"#/$defs/MediaContent/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data.type !== undefined){
let data2 = data.type;
const _errs13 = errors;
if(typeof data2 !== "string"){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/MediaContent/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("media" !== data2){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/MediaContent/properties/type/const",keyword:"const",params:{allowedValue: "media"}}];
return false;
}
var valid6 = _errs13 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.attachments !== undefined){
let data3 = data.attachments;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data3)){
if(data3.length < 1){
validate14.errors = [{instancePath:instancePath+"/attachments",schemaPath:"#/$defs/MediaContent/properties/attachments/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid7 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate14.errors = [{instancePath:instancePath+"/attachments/" + i0,schemaPath:"#/$defs/MediaContent/properties/attachments/items/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/attachments/" + i0,schemaPath:"#/$defs/MediaContent/properties/attachments/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid7 = _errs17 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/attachments",schemaPath:"#/$defs/MediaContent/properties/attachments/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.caption !== undefined){
const _errs19 = errors;
if(typeof data.caption !== "string"){
validate14.errors = [{instancePath:instancePath+"/caption",schemaPath:"#/$defs/MediaContent/properties/caption/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.reply_to !== undefined){
const _errs21 = errors;
if(typeof data.reply_to !== "string"){
validate14.errors = [{instancePath:instancePath+"/reply_to",schemaPath:"#/$defs/MediaContent/properties/reply_to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/$defs/MediaContent/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs6 === errors;
if(valid0){
const _errs23 = errors;
const _errs24 = errors;
let valid8 = true;
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("multipart" !== data.type){
const err7 = {};
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
}
var _valid2 = _errs25 === errors;
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.parts === undefined) && (missing4 = "parts"))){
validate14.errors = [{instancePath,schemaPath:"#/$defs/MultipartContent/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
if(data.type !== undefined){
let data8 = data.type;
const _errs30 = errors;
if(typeof data8 !== "string"){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/MultipartContent/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("multipart" !== data8){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/MultipartContent/properties/type/const",keyword:"const",params:{allowedValue: "multipart"}}];
return false;
}
var valid11 = _errs30 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.parts !== undefined){
let data9 = data.parts;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data9)){
if(data9.length < 1){
validate14.errors = [{instancePath:instancePath+"/parts",schemaPath:"#/$defs/MultipartContent/properties/parts/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid12 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs34 = errors;
if(errors === _errs34){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.text !== undefined){
const _errs36 = errors;
if(typeof data10.text !== "string"){
validate14.errors = [{instancePath:instancePath+"/parts/" + i1+"/text",schemaPath:"#/$defs/MultipartContent/properties/parts/items/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs36 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data10.url !== undefined){
let data12 = data10.url;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
validate14.errors = [{instancePath:instancePath+"/parts/" + i1+"/url",schemaPath:"#/$defs/MultipartContent/properties/parts/items/properties/url/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/parts/" + i1+"/url",schemaPath:"#/$defs/MultipartContent/properties/parts/items/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid13 = _errs38 === errors;
}
else {
var valid13 = true;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/parts/" + i1,schemaPath:"#/$defs/MultipartContent/properties/parts/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid12 = _errs34 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/parts",schemaPath:"#/$defs/MultipartContent/properties/parts/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.reply_to !== undefined){
const _errs40 = errors;
if(typeof data.reply_to !== "string"){
validate14.errors = [{instancePath:instancePath+"/reply_to",schemaPath:"#/$defs/MultipartContent/properties/reply_to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid11 = _errs40 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/$defs/MultipartContent/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs27 === errors;
valid8 = _valid2;
}
if(!valid8){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs23 === errors;
if(valid0){
const _errs42 = errors;
const _errs43 = errors;
let valid14 = true;
const _errs44 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.type !== undefined){
if("rich_link" !== data.type){
const err10 = {};
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
}
var _valid3 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if(((data.type === undefined) && (missing6 = "type")) || ((data.url === undefined) && (missing6 = "url"))){
validate14.errors = [{instancePath,schemaPath:"#/$defs/RichLinkContent/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
if(data.type !== undefined){
let data15 = data.type;
const _errs49 = errors;
if(typeof data15 !== "string"){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/RichLinkContent/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("rich_link" !== data15){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/RichLinkContent/properties/type/const",keyword:"const",params:{allowedValue: "rich_link"}}];
return false;
}
var valid17 = _errs49 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data.url !== undefined){
let data16 = data.url;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
validate14.errors = [{instancePath:instancePath+"/url",schemaPath:"#/$defs/RichLinkContent/properties/url/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/url",schemaPath:"#/$defs/RichLinkContent/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid17 = _errs51 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data.title !== undefined){
const _errs53 = errors;
if(typeof data.title !== "string"){
validate14.errors = [{instancePath:instancePath+"/title",schemaPath:"#/$defs/RichLinkContent/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid17 = _errs53 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data.reply_to !== undefined){
const _errs55 = errors;
if(typeof data.reply_to !== "string"){
validate14.errors = [{instancePath:instancePath+"/reply_to",schemaPath:"#/$defs/RichLinkContent/properties/reply_to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid17 = _errs55 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/$defs/RichLinkContent/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid3 = _errs46 === errors;
valid14 = _valid3;
}
if(!valid14){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs42 === errors;
if(valid0){
const _errs57 = errors;
const _errs58 = errors;
let valid18 = true;
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("interactive" !== data.type){
const err13 = {};
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
}
var _valid4 = _errs59 === errors;
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.kind === undefined) && (missing8 = "kind"))){
validate14.errors = [{instancePath,schemaPath:"#/$defs/InteractiveContent/required",keyword:"required",params:{missingProperty: missing8}}];
return false;
}
else {
if(data.type !== undefined){
let data20 = data.type;
const _errs64 = errors;
if(typeof data20 !== "string"){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/InteractiveContent/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("interactive" !== data20){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/InteractiveContent/properties/type/const",keyword:"const",params:{allowedValue: "interactive"}}];
return false;
}
var valid21 = _errs64 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.kind !== undefined){
const _errs66 = errors;
if(typeof data.kind !== "string"){
validate14.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/InteractiveContent/properties/kind/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid21 = _errs66 === errors;
}
else {
var valid21 = true;
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/$defs/InteractiveContent/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid4 = _errs61 === errors;
valid18 = _valid4;
}
if(!valid18){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs57 === errors;
if(valid0){
const _errs68 = errors;
const _errs69 = errors;
let valid22 = true;
const _errs70 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.type !== undefined){
if("poll" !== data.type){
const err16 = {};
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
}
var _valid5 = _errs70 === errors;
errors = _errs69;
if(vErrors !== null){
if(_errs69){
vErrors.length = _errs69;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs72 = errors;
const _errs73 = errors;
if(errors === _errs73){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((((data.type === undefined) && (missing10 = "type")) || ((data.title === undefined) && (missing10 = "title"))) || ((data.options === undefined) && (missing10 = "options"))){
validate14.errors = [{instancePath,schemaPath:"#/$defs/PollContent/required",keyword:"required",params:{missingProperty: missing10}}];
return false;
}
else {
if(data.type !== undefined){
let data23 = data.type;
const _errs75 = errors;
if(typeof data23 !== "string"){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/PollContent/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("poll" !== data23){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/PollContent/properties/type/const",keyword:"const",params:{allowedValue: "poll"}}];
return false;
}
var valid25 = _errs75 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data.title !== undefined){
let data24 = data.title;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data24 === "string"){
if([...data24].length < 1){
validate14.errors = [{instancePath:instancePath+"/title",schemaPath:"#/$defs/PollContent/properties/title/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/title",schemaPath:"#/$defs/PollContent/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid25 = _errs77 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data.options !== undefined){
let data25 = data.options;
const _errs79 = errors;
if(errors === _errs79){
if(Array.isArray(data25)){
if(data25.length < 2){
validate14.errors = [{instancePath:instancePath+"/options",schemaPath:"#/$defs/PollContent/properties/options/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
var valid26 = true;
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
const _errs81 = errors;
if(errors === _errs81){
if(typeof data26 === "string"){
if([...data26].length < 1){
validate14.errors = [{instancePath:instancePath+"/options/" + i2,schemaPath:"#/$defs/PollContent/properties/options/items/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/options/" + i2,schemaPath:"#/$defs/PollContent/properties/options/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid26 = _errs81 === errors;
if(!valid26){
break;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/options",schemaPath:"#/$defs/PollContent/properties/options/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid25 = _errs79 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/$defs/PollContent/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid5 = _errs72 === errors;
valid22 = _valid5;
}
if(!valid22){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs68 === errors;
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing11}}];
return false;
}
else {
if(data.type !== undefined){
let data27 = data.type;
if(!((((((data27 === "text") || (data27 === "media")) || (data27 === "multipart")) || (data27 === "rich_link")) || (data27 === "interactive")) || (data27 === "poll"))){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema18.properties.type.enum}}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.to === undefined) && (missing0 = "to")) || ((data.content === undefined) && (missing0 = "content"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.from !== undefined){
const _errs1 = errors;
if(!(validate12(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel_id !== undefined){
const _errs2 = errors;
if(typeof data.channel_id !== "string"){
validate11.errors = [{instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.priority_id !== undefined){
const _errs4 = errors;
if(typeof data.priority_id !== "string"){
validate11.errors = [{instancePath:instancePath+"/priority_id",schemaPath:"#/properties/priority_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
let data3 = data.to;
const _errs6 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.identifier === undefined) && (missing1 = "identifier")){
const err0 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/0/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs11 = errors;
for(const key0 in data3){
if(!((key0 === "identifier") || (key0 === "type"))){
const err1 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs11 === errors){
if(data3.identifier !== undefined){
const _errs12 = errors;
if(typeof data3.identifier !== "string"){
const err2 = {instancePath:instancePath+"/to/identifier",schemaPath:"#/$defs/Recipient/oneOf/0/properties/identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.type !== undefined){
const _errs14 = errors;
if(typeof data3.type !== "string"){
const err3 = {instancePath:instancePath+"/to/type",schemaPath:"#/$defs/Recipient/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs16 = errors;
if(errors === _errs16){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.contact_id === undefined) && (missing2 = "contact_id")){
const err5 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs18 = errors;
for(const key1 in data3){
if(!(key1 === "contact_id")){
const err6 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs18 === errors){
if(data3.contact_id !== undefined){
if(typeof data3.contact_id !== "string"){
const err7 = {instancePath:instancePath+"/to/contact_id",schemaPath:"#/$defs/Recipient/oneOf/1/properties/contact_id/type",keyword:"type",params:{type: "string"}};
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
}
}
else {
const err8 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
const _errs21 = errors;
if(errors === _errs21){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing3;
if((data3.group_id === undefined) && (missing3 = "group_id")){
const err9 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/2/required",keyword:"required",params:{missingProperty: missing3}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
const _errs23 = errors;
for(const key2 in data3){
if(!(key2 === "group_id")){
const err10 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
}
if(_errs23 === errors){
if(data3.group_id !== undefined){
if(typeof data3.group_id !== "string"){
const err11 = {instancePath:instancePath+"/to/group_id",schemaPath:"#/$defs/Recipient/oneOf/2/properties/group_id/type",keyword:"type",params:{type: "string"}};
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
}
}
else {
const err12 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid2 = true;
passing0 = 2;
}
const _errs26 = errors;
if(errors === _errs26){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing4;
if((data3.identifiers === undefined) && (missing4 = "identifiers")){
const err13 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/3/required",keyword:"required",params:{missingProperty: missing4}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
const _errs28 = errors;
for(const key3 in data3){
if(!((key3 === "identifiers") || (key3 === "type"))){
const err14 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
}
if(_errs28 === errors){
if(data3.identifiers !== undefined){
let data8 = data3.identifiers;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data8)){
var valid7 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs31 = errors;
if(typeof data8[i0] !== "string"){
const err15 = {instancePath:instancePath+"/to/identifiers/" + i0,schemaPath:"#/$defs/Recipient/oneOf/3/properties/identifiers/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid7 = _errs31 === errors;
if(!valid7){
break;
}
}
}
else {
const err16 = {instancePath:instancePath+"/to/identifiers",schemaPath:"#/$defs/Recipient/oneOf/3/properties/identifiers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data3.type !== undefined){
const _errs33 = errors;
if(typeof data3.type !== "string"){
const err17 = {instancePath:instancePath+"/to/type",schemaPath:"#/$defs/Recipient/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/3/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid2 = true;
passing0 = 3;
}
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data3)){
var valid8 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs37 = errors;
if(typeof data3[i1] !== "string"){
const err19 = {instancePath:instancePath+"/to/" + i1,schemaPath:"#/$defs/Recipient/oneOf/4/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid8 = _errs37 === errors;
if(!valid8){
break;
}
}
}
else {
const err20 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/4/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid2 = true;
passing0 = 4;
}
const _errs39 = errors;
if(typeof data3 !== "string"){
const err21 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf/5/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid2 = true;
passing0 = 5;
}
}
}
}
}
}
if(!valid2){
const err22 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/Recipient/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs41 = errors;
if(!(validate14(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dry_run !== undefined){
const _errs42 = errors;
if(typeof data.dry_run !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs42 === errors;
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
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}


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
const _errs10 = errors;
if(!(validate11(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
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

