// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Attributes/attributes.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
