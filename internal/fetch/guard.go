package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// nonPublic are the ranges beyond the ones netip classifies itself that
// are not reachable public hosts: carrier-grade NAT, IETF protocol
// assignments, benchmarking, the documentation nets, reserved and
// broadcast space, and NAT64 and 6to4 prefixes that can embed an internal
// IPv4 address.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2002::/16"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("100::/64"),
}

// blockedReason says why ip is not a public address, or "" when it is.
func blockedReason(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "invalid address"
	case ip.IsUnspecified():
		return "unspecified address"
	case ip.IsLoopback():
		return "loopback address"
	case ip.IsPrivate():
		return "private address"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "link-local address"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast address"
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return "reserved address (" + p.String() + ")"
		}
	}
	return ""
}

// checkHost refuses a host written as a literal address that is not
// public, before any connection: the error is clearer than the dialer's.
// Names are checked at dial time, once resolved.
func checkHost(host string) error {
	if ip, err := netip.ParseAddr(host); err == nil {
		if why := blockedReason(ip); why != "" {
			return fmt.Errorf("%w: %s is a %s", ErrBlocked, host, why)
		}
	}
	return nil
}

// dialControl runs after DNS resolution, just before connect(2): the
// address it sees is the one the socket will reach, which is what defeats
// DNS rebinding (a name that resolves to a public address when checked and
// to 127.0.0.1 when connected).
func dialControl(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read dial address %q", ErrBlocked, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: dial address %q is not an IP", ErrBlocked, address)
	}
	if why := blockedReason(ip); why != "" {
		return fmt.Errorf("%w: the host resolves to %s, a %s (%s)", ErrBlocked, ip, why, network)
	}
	return nil
}
