// Hetzner Cloud API response bodies for tests of the live pricing (core and GUI), written from the API's schema
// (../shared/fixtures/hcloud/hcloud-openapi: list_prices_response, price_per_time; money is {net, gross} decimal
// strings). The figures are test values in the shape of the API's, not a price list.
#pragma once

#include <QByteArray>

namespace TestSupport::HetznerApi {

// Shapes from list_prices_response / price_per_time in hcloud.json: money is {net, gross} decimal strings.
inline QByteArray price(const char *net, const char *gross)
{
    return QByteArray("{\"net\":\"") + net + "\",\"gross\":\"" + gross + "\"}";
}

inline QByteArray pricingBody()
{
    const QByteArray cx22 = "{\"location\":\"fsn1\",\"price_hourly\":" + price("0.0060000000", "0.0071400000") +
                            ",\"price_monthly\":" + price("3.7900000000", "4.5101000000") +
                            ",\"included_traffic\":21990232555520,\"price_per_tb_traffic\":" + price("1.0000000000", "1.1900000000") + "}";
    const QByteArray cx22ash = "{\"location\":\"ash\",\"price_hourly\":" + price("0.0080000000", "0.0095200000") +
                               ",\"price_monthly\":" + price("4.9900000000", "5.9381000000") +
                               ",\"included_traffic\":1099511627776,\"price_per_tb_traffic\":" + price("1.0000000000", "1.1900000000") + "}";
    const QByteArray lb11 = "{\"location\":\"fsn1\",\"price_hourly\":" + price("0.0086000000", "0.0102000000") +
                            ",\"price_monthly\":" + price("5.3900000000", "6.4141000000") +
                            ",\"included_traffic\":21990232555520,\"price_per_tb_traffic\":" + price("1.0000000000", "1.1900000000") + "}";
    return "{\"pricing\":{\"currency\":\"EUR\",\"vat_rate\":\"19.00\","
           "\"floating_ip\":{\"price_monthly\":" + price("3.0000000000", "3.5700000000") + "},"
           "\"floating_ips\":[{\"type\":\"ipv4\",\"prices\":[{\"location\":\"fsn1\",\"price_monthly\":" + price("3.0000000000", "3.5700000000") + "}]}],"
           "\"image\":{\"price_per_gb_month\":" + price("0.0119000000", "0.0141610000") + "},"
           "\"volume\":{\"price_per_gb_month\":" + price("0.0440000000", "0.0523600000") + "},"
           "\"server_backup\":{\"percentage\":\"20.00\"},"
           "\"load_balancer_types\":[{\"id\":1,\"name\":\"lb11\",\"prices\":[" + lb11 + "]}],"
           "\"primary_ips\":[{\"type\":\"ipv4\",\"prices\":[{\"location\":\"fsn1\",\"price_hourly\":" + price("0.0008000000", "0.0009520000") +
           ",\"price_monthly\":" + price("0.5000000000", "0.5950000000") + "}]}],"
           "\"server_types\":[{\"id\":104,\"name\":\"cx22\",\"prices\":[" + cx22 + "," + cx22ash + "]}]}}";
}

inline QByteArray serverTypesBody()
{
    // /v1/server_types adds a type the pricing list does not have (cpx31 here) with the same prices[] shape.
    const QByteArray cpx31 = "{\"location\":\"fsn1\",\"price_hourly\":" + price("0.0218000000", "0.0259420000") +
                             ",\"price_monthly\":" + price("13.6000000000", "16.1840000000") +
                             ",\"included_traffic\":21990232555520,\"price_per_tb_traffic\":" + price("1.0000000000", "1.1900000000") + "}";
    return "{\"server_types\":[{\"id\":104,\"name\":\"cx22\",\"cores\":2,\"memory\":4,\"disk\":40,\"prices\":[]},"
           "{\"id\":9,\"name\":\"cpx31\",\"cores\":4,\"memory\":8,\"disk\":160,\"prices\":[" + cpx31 + "]}],"
           "\"meta\":{\"pagination\":{\"page\":1,\"per_page\":50,\"previous_page\":null,\"next_page\":null,\"last_page\":1,\"total_entries\":2}}}";
}

} // namespace TestSupport::HetznerApi
