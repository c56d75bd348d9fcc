/**
 * The analyzer messages the gate sends and reads most often, encoded and decoded straight between
 * plain values and protobuf bytes.
 *
 * The generated classes build a `google.protobuf.Value` object for every property of every
 * resource before writing a byte, and decode every `PolicyNotApplicable` entry of every answer
 * (one per policy that skipped the resource: most of the pack). For thousands of resources that
 * was most of the gate's CPU. The bytes written here are the ones the generated
 * `serializeBinary` writes (same fields, same order, map keys sorted the same way).
 */
import { BinaryReader, BinaryWriter } from "google-protobuf";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";

/** What `Analyze` and each `AnalyzeStack` entry carry about one resource. */
export interface ResourceFields {
  type: string;
  name: string;
  urn: string;
  /** The property bag: plain JSON-like values, unknowns and secrets already in wire form. */
  properties: Record<string, unknown>;
  options: analyzer.AnalyzerResourceOptions;
  provider?: analyzer.AnalyzerProviderResource;
}

/** The `AnalyzeStack` extras of one resource. */
export interface StackResourceFields extends ResourceFields {
  parent: string;
  dependencies: readonly string[];
  propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** `google.protobuf.Value`: the oneof field numbers. */
const NULL_VALUE = 1;
const NUMBER_VALUE = 2;
const STRING_VALUE = 3;
const BOOL_VALUE = 4;
const STRUCT_VALUE = 5;
const LIST_VALUE = 6;

/** Stands for `null` as a message value: `writeMessage` skips a null value altogether. */
const NULL = Symbol("null");

/** Writes `value` as the `google.protobuf.Value` message in `field`. */
function writeValueField(w: BinaryWriter, field: number, value: unknown): void {
  if (value === undefined) throw new Error("Unexpected struct type.");
  w.writeMessage(field, value === null ? NULL : value, writeValue);
}

function writeValue(value: unknown, w: BinaryWriter): void {
  switch (typeof value) {
    case "string":
      w.writeString(STRING_VALUE, value);
      return;
    case "number":
      w.writeDouble(NUMBER_VALUE, value);
      return;
    case "boolean":
      w.writeBool(BOOL_VALUE, value);
      return;
    case "symbol":
      if (value !== NULL) break;
      w.writeEnum(NULL_VALUE, 0);
      return;
    case "object":
      if (Array.isArray(value)) w.writeMessage(LIST_VALUE, value, writeList);
      else w.writeMessage(STRUCT_VALUE, value, writeStruct);
      return;
  }
  // `Struct.fromJavaScript` refuses the same values (undefined, functions, symbols).
  throw new Error("Unexpected struct type.");
}

function writeList(values: unknown[], w: BinaryWriter): void {
  for (const v of values) writeValueField(w, 1, v);
}

/** A map entry: key 1, value 2. */
function writeStructField(entry: [string, unknown], w: BinaryWriter): void {
  w.writeString(1, entry[0]);
  writeValueField(w, 2, entry[1]);
}

function writeStruct(obj: Record<string, unknown>, w: BinaryWriter): void {
  // The generated map writer sorts the keys.
  for (const key of Object.keys(obj).sort()) w.writeMessage(1, [key, obj[key]], writeStructField);
}

/** Proto3 leaves an empty string field out. */
function writeNonEmpty(w: BinaryWriter, field: number, value: string): void {
  if (value.length > 0) w.writeString(field, value);
}

function writeResourceFields(r: ResourceFields, w: BinaryWriter): void {
  writeNonEmpty(w, 1, r.type);
  w.writeMessage(2, r.properties, writeStruct);
  writeNonEmpty(w, 3, r.urn);
  writeNonEmpty(w, 4, r.name);
  w.writeMessage(5, r.options, analyzer.AnalyzerResourceOptions.serializeBinaryToWriter);
  if (r.provider) {
    w.writeMessage(6, r.provider, analyzer.AnalyzerProviderResource.serializeBinaryToWriter);
  }
}

function writeUrns(urns: readonly string[], w: BinaryWriter): void {
  for (const urn of urns) w.writeString(1, urn);
}

function writePropertyDependency(entry: [string, readonly string[]], w: BinaryWriter): void {
  w.writeString(1, entry[0]);
  w.writeMessage(2, entry[1], writeUrns);
}

/** `AnalyzeRequest` bytes: type 1, properties 2, urn 3, name 4, options 5, provider 6. */
export function encodeAnalyzeRequest(r: ResourceFields): Uint8Array {
  const w = new BinaryWriter();
  writeResourceFields(r, w);
  return w.getResultBuffer();
}

/** `AnalyzerResource` bytes: the request's fields, then parent 7, dependencies 8, map 9. */
export function encodeStackResource(r: StackResourceFields): Uint8Array {
  const w = new BinaryWriter();
  writeResourceFields(r, w);
  writeNonEmpty(w, 7, r.parent);
  for (const urn of r.dependencies) w.writeString(8, urn);
  for (const key of Object.keys(r.propertyDependencies).sort()) {
    w.writeMessage(9, [key, r.propertyDependencies[key]], writePropertyDependency);
  }
  return w.getResultBuffer();
}

/** `AnalyzeStackRequest` bytes from already encoded `AnalyzerResource` entries (field 1). */
export function encodeAnalyzeStackRequest(resources: readonly Uint8Array[]): Uint8Array {
  const w = new BinaryWriter();
  for (const bytes of resources) w.writeBytes(1, bytes);
  return w.getResultBuffer();
}

/** The diagnostics (field 2) of an `AnalyzeResponse`; the not-applicable list is skipped. */
export function decodeAnalyzeDiagnostics(bytes: Uint8Array): analyzer.AnalyzeDiagnostic[] {
  const reader = new BinaryReader(bytes);
  const diagnostics: analyzer.AnalyzeDiagnostic[] = [];
  while (reader.nextField()) {
    if (reader.getFieldNumber() === 2) {
      const d = new analyzer.AnalyzeDiagnostic();
      reader.readMessage(d, analyzer.AnalyzeDiagnostic.deserializeBinaryFromReader);
      diagnostics.push(d);
    } else {
      reader.skipField();
    }
  }
  return diagnostics;
}
