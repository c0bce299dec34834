using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Workflow.Web.Application;
using Workflow.Web.Options;

namespace Workflow.Web.Hosting;

/// <summary>Who sees /health's detail (queues, backlog, endpoints): an administrator, or a monitor with the Health:Key.</summary>
public static class HealthDetail
{
    public const string KeyHeader = "X-Health-Key";

    public static bool Allowed(HttpContext http)
    {
        if (http.User.IsInRole(AppRoles.Administrator))
            return true;
        var key = http.RequestServices.GetRequiredService<IOptions<HealthOptions>>().Value.Key;
        return !string.IsNullOrEmpty(key)
            && http.Request.Headers[KeyHeader] is [{ } sent]
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(key));
    }
}
