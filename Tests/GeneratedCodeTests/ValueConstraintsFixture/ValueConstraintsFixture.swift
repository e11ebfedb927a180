// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/ValueConstraints/constraints.wsdl
// (see wsdl-generator-config.json), for GeneratedCodeTests.
