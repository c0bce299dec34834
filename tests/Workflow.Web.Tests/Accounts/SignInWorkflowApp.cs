using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// The host for sign-in tests: requests say which client address they come from (<see cref="AddressHeader"/>, as the
/// connection's remote address would behind the proxy), the clock is the test's, and every password check is counted.
/// </summary>
public class SignInWorkflowApp : WorkflowApp
{
    public const string AddressHeader = "X-Test-Client-Address";

    public SignInWorkflowApp() => Settings["SignIn:FreeFailures"] = "3";

    public TestClock Clock { get; } = new();

    public PasswordChecks Checks { get; } = new();

    /// <summary>A client (no cookies, no redirects) whose requests come from the given address.</summary>
    public HttpClient From(string address)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    /// <summary>A cookie-handling client from the given address, as a browser there is.</summary>
    public HttpClient BrowserFrom(string address)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    public void Advance(TimeSpan by) => Clock.Set(Clock.GetUtcNow() + by);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter>(new ClientAddressFromHeader());
            services.AddScoped<IPasswordHasher<AppUser>>(sp =>
                new CountingPasswordHasher(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), Checks));
        });
    }

    /// <summary>TestServer gives no remote address; this sets the one the request names, before anything else runs.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[AddressHeader].ToString(), out var address))
                    http.Connection.RemoteIpAddress = address;
                return inner(http);
            });
            next(app);
        };
    }
}
