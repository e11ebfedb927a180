-- wrk posts the get_status2 envelope Scripts/bench.sh names in BENCH_BODY, as the clients do.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "\"https://smsc.ru/sys/soap.php\""
local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.body = file:read("*a")
file:close()
