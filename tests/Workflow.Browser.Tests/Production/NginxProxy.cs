using System.Diagnostics;
using System.Net.Sockets;

namespace Workflow.Browser.Tests.Production;

/// <summary>
/// A private nginx (Debian's package) terminating TLS on 127.0.0.1 with a self-signed certificate and proxying to the
/// service, configured as README "Running in production" shows; its own prefix folder, no system configuration read.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder)
    {
        _process = process;
        _folder = folder;
    }

    public static bool Installed => File.Exists(Binary);

    public static async Task<NginxProxy> StartAsync(string folder, int port, Uri upstream, long maxBodyBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var (certificate, key) = Web.Tests.Infrastructure.TestCertificates.WritePem(folder);
        var temp = Directory.CreateDirectory(Path.Combine(folder, "temp")).FullName;
        // Workers run as nobody when nginx starts as root (CI): they must be able to write the temp folder.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temp, (UnixFileMode)0b111_111_111);
        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                server {
                    listen 127.0.0.1:{{port}} ssl;
                    server_name localhost;
                    ssl_certificate {{certificate}};
                    ssl_certificate_key {{key}};
                    ssl_protocols TLSv1.2 TLSv1.3;
                    client_max_body_size {{maxBodyBytes / (1024 * 1024) + 1}}m;
                    location / {
                        proxy_pass {{upstream.GetLeftPart(UriPartial.Authority)}};
                        proxy_http_version 1.1;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header Connection "";
                    }
                }
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Binary, ["-p", folder, "-c", config])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var proxy = new NginxProxy(process, folder);
        await proxy.WaitUntilListeningAsync(port, ct);
        return proxy;
    }

    private async Task WaitUntilListeningAsync(int port, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync(ct)} {ErrorLog()}");
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync("127.0.0.1", port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct);
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}: {ErrorLog()}");
    }

    public string ErrorLog()
    {
        var path = Path.Combine(_folder, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
