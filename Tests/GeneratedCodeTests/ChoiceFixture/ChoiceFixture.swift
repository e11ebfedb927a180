// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Choice/choice.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
