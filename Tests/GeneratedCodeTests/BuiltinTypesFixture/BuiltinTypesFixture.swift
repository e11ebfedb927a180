// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/BuiltinTypes/builtins.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
