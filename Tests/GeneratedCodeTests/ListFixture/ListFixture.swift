// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/List/list.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
