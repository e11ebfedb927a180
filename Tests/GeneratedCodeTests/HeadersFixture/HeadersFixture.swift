// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Headers/headers.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
