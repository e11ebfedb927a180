// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Any/wildcards.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
