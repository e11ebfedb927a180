// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/OneWay/oneway.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
