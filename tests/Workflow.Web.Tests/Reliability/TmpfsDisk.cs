using System.Diagnostics;

namespace Workflow.Web.Tests.Reliability;

/// <summary>
/// A small tmpfs mounted for one test, so that it can be filled or made read-only without touching the machine's
/// disks. Needs root (as here and in CI). Without it the test is skipped with a message; in CI (CI=true) it fails.
/// </summary>
public sealed class TmpfsDisk : IAsyncDisposable
{
    private TmpfsDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    public static TmpfsDisk Mount(string size = "4m")
    {
        var path = Directory.CreateTempSubdirectory("workflow-disk-").FullName;
        var (ok, output) = Environment.IsPrivilegedProcess ? Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) : (false, "not running as root");
        if (ok)
            return new TmpfsDisk(path);
        Directory.Delete(path);
        var message = $"This test mounts a tmpfs and needs root: {output}";
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail(message);
        Assert.Skip(message);
        return null!;
    }

    /// <summary>Writes a filler file until the disk refuses another page; answers how many bytes it took.</summary>
    public long Fill()
    {
        long written = 0;
        var page = new byte[4096];
        using var file = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                file.Write(page);
                written += page.Length;
            }
        }
        catch (IOException)
        {
            return written;
        }
    }

    public void Free() => File.Delete(Filler);

    /// <summary>Remounts read-only. Linux refuses while any file is open for writing, so the caller closes the database first.</summary>
    public bool TryRemountReadOnly(out string output)
    {
        (var ok, output) = Run("mount", "-o", "remount,ro", Path);
        return ok;
    }

    public void RemountReadWrite()
    {
        var (ok, output) = Run("mount", "-o", "remount,rw", Path);
        Assert.True(ok, $"remount,rw failed: {output}");
    }

    public ValueTask DisposeAsync()
    {
        // A file still open (a pooled connection) makes umount fail: detach lazily then, the kernel frees it on close.
        if (!Run("umount", Path).Ok)
            Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leaves an empty temp folder behind; the results stand.
        }

        return ValueTask.CompletedTask;
    }

    private static (bool Ok, string Output) Run(string command, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args)
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, output.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }
}
