using System.Security.Cryptography;
using System.Text;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Files put straight into an attachments folder, as a crash or an earlier removal would leave them, with a chosen age.</summary>
public static class PlantedFiles
{
    /// <summary>A file stored under its own SHA-256, as the store names files, last written <paramref name="age"/> ago.</summary>
    public static string Stored(string attachmentsPath, byte[] content, TimeSpan age)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        return Put(Path.Combine(attachmentsPath, sha[..2], sha), content, age);
    }

    /// <summary>Any file at a path relative to the folder, last written <paramref name="age"/> ago.</summary>
    public static string At(string attachmentsPath, string relative, TimeSpan age) =>
        Put(Path.Combine(attachmentsPath, relative), Encoding.ASCII.GetBytes($"planted {relative}"), age);

    public static void Age(string path, TimeSpan age) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);

    private static string Put(string path, byte[] content, TimeSpan age)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        Age(path, age);
        return path;
    }
}
