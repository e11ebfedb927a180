// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Enumeration/enumeration.wsdl
// (see wsdl-generator-config.json), for GeneratedCodeTests.
