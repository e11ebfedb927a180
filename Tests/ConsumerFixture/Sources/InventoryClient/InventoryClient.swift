// The plugin generates `InventorySOAP` from wsdl/inventory.wsdl (see wsdl-generator-config.json) into this target,
// which depends on nothing of SMSC's: only the SOAPRuntime product.
