using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Workflow.Web.Tests.Deployment;

/// <summary>docker-compose.yml (README "Running several instances"): no Docker runs here, so its shape is checked as YAML.</summary>
public sealed partial class ComposeFileTests
{
    private readonly ComposeFile _compose = ComposeFile.Load();

    [Fact]
    public void Compose_file_runs_postgres_rabbitmq_the_service_and_nginx_each_with_a_health_check()
    {
        Assert.Equal(["memo", "nginx", "postgres", "rabbitmq"], _compose.Services.Children.Keys.Select(ComposeFile.Scalar).Order());
        foreach (var (name, _) in _compose.Services.Children)
            Assert.True(_compose.Service(ComposeFile.Scalar(name)).Children.ContainsKey("healthcheck"), $"{name} has no health check");
        Assert.StartsWith("postgres:15", ComposeFile.Scalar(_compose.Service("postgres")["image"]), StringComparison.Ordinal);
        Assert.Contains("pg_isready", ComposeFile.Text(_compose.Service("postgres")["healthcheck"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_service_runs_two_replicas_in_production_on_postgres_and_rabbitmq()
    {
        Assert.Equal("2", ComposeFile.Scalar(ComposeFile.Map(_compose.Service("memo"), "deploy")["replicas"]));
        var env = _compose.Environment("memo");
        Assert.Equal("Production", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("PostgreSql", env["Database__Provider"]);
        Assert.Equal("RabbitMq", env["Messaging__Transport"]);
        Assert.StartsWith("https://", env["App__PublicBaseUrl"], StringComparison.Ordinal);
        var dependsOn = ComposeFile.Map(_compose.Service("memo"), "depends_on");
        foreach (var needed in new[] { "postgres", "rabbitmq" })
            Assert.Equal("service_healthy", ComposeFile.Scalar(ComposeFile.Map(dependsOn, needed)["condition"]));
        Assert.Equal("service_healthy", ComposeFile.Scalar(ComposeFile.Map(ComposeFile.Map(_compose.Service("nginx"), "depends_on"), "memo")["condition"]));
    }

    [Fact]
    public void Compose_replicas_keep_attachments_and_pdfs_on_one_shared_named_volume()
    {
        var env = _compose.Environment("memo");
        var named = _compose.Top("volumes").Children.Keys.Select(ComposeFile.Scalar).ToHashSet();
        foreach (var key in new[] { "Storage__AttachmentsPath", "Publication__PdfPath" })
        {
            var mount = _compose.Mounts("memo").SingleOrDefault(m => env[key].StartsWith(m.Target + "/", StringComparison.Ordinal));
            Assert.True(mount.Source is not null && named.Contains(mount.Source), $"{key}={env[key]} is not on a named volume shared by the replicas");
        }
    }

    [Fact]
    public void Compose_settings_of_the_service_are_keys_its_options_bind()
    {
        var keys = _compose.Environment("memo").Keys.Concat(SecretsScriptKeys())
            .Where(k => !k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList();
        Assert.Contains("Database__ConnectionString", keys);
        var unknown = keys.Where(k => !ServiceSettingKeys.Exists(k)).ToList();
        Assert.True(unknown.Count == 0, "not settings of the service: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Systemd_environment_example_names_only_settings_of_the_service()
    {
        var keys = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Deployment", "memo.env.example"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).ToList();

        Assert.Contains("Storage__AttachmentsPath", keys);
        var unknown = keys.Where(k => !ServiceSettingKeys.Exists(k)).ToList();
        Assert.True(unknown.Count == 0, "not settings of the service: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Compose_service_believes_forwarded_headers_only_from_its_own_network()
    {
        var subnet = ComposeFile.Scalar(((YamlMappingNode)((YamlSequenceNode)ComposeFile.Map(
            ComposeFile.Map(_compose.Top("networks"), "memo-net"), "ipam")["config"])[0])["subnet"]);
        Assert.Equal(subnet, _compose.Environment("memo")["Proxy__KnownNetworks__0"]);
        Assert.Contains(_compose.Mounts("nginx"), m => m == ("./deploy/nginx.conf", "/etc/nginx/nginx.conf"));
    }

    [Fact]
    public void Setting_keys_check_rejects_a_misspelt_key()
    {
        Assert.True(ServiceSettingKeys.Exists("Messaging__RabbitMq__Host"));
        Assert.True(ServiceSettingKeys.Exists("Proxy__KnownNetworks__0"));
        Assert.False(ServiceSettingKeys.Exists("Messaging__RabbitMq__Hostname"));
        Assert.False(ServiceSettingKeys.Exists("Storage__AttachmentPath"));
    }

    // The settings deploy/make-secrets.sh writes into memo.env, which compose reads as the service's env_file.
    private static IEnumerable<string> SecretsScriptKeys() =>
        EnvFileLine().Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Deployment", "make-secrets.sh")))
            .Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^([A-Za-z]+__[A-Za-z_0-9]+)=", RegexOptions.Multiline)]
    private static partial Regex EnvFileLine();
}
