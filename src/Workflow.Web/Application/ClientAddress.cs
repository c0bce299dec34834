using System.Net;
using System.Net.Sockets;

namespace Workflow.Web.Application;

/// <summary>
/// Who is asking, for counting sign-in attempts: the connection's remote address (the real client's once forwarded
/// headers from a known proxy are applied). IPv6 addresses count by their /64 network, which one household or
/// machine usually holds whole, so that cycling through its addresses does not buy fresh attempts.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
            return Unknown;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
