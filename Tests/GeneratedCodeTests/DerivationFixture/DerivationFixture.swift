// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Derivation/derivation.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
