// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/RPCLiteral/rpc.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
