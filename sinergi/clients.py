"""Who is asking: the client's address as the trusted proxy reports it, the same one allauth's limits use.

Behind nginx every request comes from nginx's address. The proxy settings (`TRUSTED_PROXY_COUNT`,
`TRUSTED_CLIENT_IP_HEADER`, mapped to allauth's `ALLAUTH_TRUSTED_PROXY_COUNT` and
`ALLAUTH_TRUSTED_CLIENT_IP_HEADER`) say which entry of `X-Forwarded-For`, or which header, the proxy wrote;
anything a client writes itself is ignored. allauth's account adapter reads them (`get_client_ip`), so our own
limits key on exactly the address allauth's login and sign-up limits key on.
"""

import ipaddress

from allauth import app_settings as allauth_settings
from allauth.account.adapter import get_adapter


def client_address(request) -> str:
    """The client's address for keying rate limits. An IPv6 subscriber usually holds a whole /64, so, as in
    allauth's own limits (`ALLAUTH_RATE_LIMIT_IPV6_PREFIX`), an IPv6 client is its network, not one
    address."""
    address = get_adapter(request).get_client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        network = ipaddress.IPv6Network(f"{parsed}/{allauth_settings.RATE_LIMIT_IPV6_PREFIX}", strict=False)
        return str(network.network_address)
    return str(parsed)
