// The SMSC library. Its wire layer, the `SMSCSOAP` namespace, is generated at build time from
// wsdl/smsc.wsdl by WSDLGeneratorPlugin and is never committed.
//
// Generated requests and decoders are written against SOAPRuntime and SOAPXML types, so both are
// re-exported: `import SMSC` is all a user needs.
@_exported public import SOAPRuntime
@_exported public import SOAPXML
