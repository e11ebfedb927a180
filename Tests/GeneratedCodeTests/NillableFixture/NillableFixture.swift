// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Nillable/nillable.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
