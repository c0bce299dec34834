using System.Diagnostics;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Deployment;

/// <summary>deploy/nginx.conf, the proxy in front of the replicas, checked by nginx itself (Debian's package, as the browser tests use).</summary>
public sealed class NginxConfigTests
{
    private const string Nginx = "/usr/sbin/nginx";

    [Fact]
    public async Task Nginx_config_of_the_compose_file_passes_nginx_own_check()
    {
        Assert.True(File.Exists(Nginx), "nginx is not installed (.ci/run installs it)");
        var folder = Directory.CreateTempSubdirectory("nginx-conf-").FullName;
        try
        {
            // The same layout as in the container: nginx.conf with tls/ beside it (/etc/nginx).
            var tls = Directory.CreateDirectory(Path.Combine(folder, "tls")).FullName;
            var (certificate, key) = TestCertificates.WritePem(tls);
            File.Move(certificate, Path.Combine(tls, "tls.crt"));
            File.Move(key, Path.Combine(tls, "tls.key"));
            var config = Path.Combine(folder, "nginx.conf");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Deployment", "nginx.conf"), config);

            var (exit, output) = await RunAsync(Nginx, "-t", "-p", folder + "/", "-c", config);

            Assert.True(exit == 0, output);
            Assert.Contains("test is successful", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Nginx_check_fails_on_a_broken_config()
    {
        var folder = Directory.CreateTempSubdirectory("nginx-conf-").FullName;
        try
        {
            var config = Path.Combine(folder, "nginx.conf");
            File.WriteAllText(config, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Deployment", "nginx.conf")).Replace("ssl_certificate ", "ssl_certificat ", StringComparison.Ordinal));

            var (exit, output) = await RunAsync(Nginx, "-t", "-p", folder + "/", "-c", config);

            Assert.NotEqual(0, exit);
            Assert.Contains("unknown directive", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + await error);
    }
}
