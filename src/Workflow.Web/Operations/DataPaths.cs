using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Operations;

/// <summary>What the service keeps on disk, resolved as the service resolves it (relative paths under the content root).</summary>
public sealed record DataPaths(string Database, string Attachments, string Keys)
{
    public static DataPaths From(IServiceProvider services)
    {
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var keys = services.GetRequiredService<IConfiguration>()["DataProtection:KeysPath"] is { Length: > 0 } k ? k : "data/keys";
        return new(
            Path.GetFullPath(Path.Combine(root, services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path)),
            Path.GetFullPath(Path.Combine(root, services.GetRequiredService<IOptions<StorageOptions>>().Value.AttachmentsPath)),
            Path.GetFullPath(Path.Combine(root, keys)));
    }
}
