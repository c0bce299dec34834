using System.Runtime.InteropServices;

namespace Workflow.Web.Pdf;

/// <summary>
/// Word boundaries from ICU's dictionary break iterator, the one browsers use for Thai. .NET loads ICU on Linux for
/// globalization but exposes no word breaker, so this finds the same library (its symbols carry the version, as
/// .NET's own loader probes them) and calls ubrk_*. Null when no ICU is found: the caller falls back to its rules.
/// </summary>
public static class IcuWordBreaks
{
    private const int WordBreak = 1; // UBRK_WORD
    private const int Done = -1; // UBRK_DONE

    private delegate IntPtr Open(int type, [MarshalAs(UnmanagedType.LPUTF8Str)] string locale, IntPtr text, int length, ref int status);
    private delegate int Step(IntPtr iterator);
    private delegate void Close(IntPtr iterator);

    private static readonly Lazy<(Open Open, Step Next, Close Close)?> Icu = new(Load);

    public static bool Available => Icu.Value is not null;

    /// <summary>The UTF-16 offsets, inside the text, where a word ends and another begins (0 and the length excluded).</summary>
    public static IReadOnlyList<int>? Boundaries(string text)
    {
        if (Icu.Value is not { } icu)
            return null;
        var chars = text.ToCharArray();
        var pinned = GCHandle.Alloc(chars, GCHandleType.Pinned);
        try
        {
            var status = 0;
            var iterator = icu.Open(WordBreak, "th", pinned.AddrOfPinnedObject(), chars.Length, ref status);
            if (status > 0 || iterator == IntPtr.Zero)
                return null;
            try
            {
                var boundaries = new List<int>();
                for (var at = icu.Next(iterator); at != Done; at = icu.Next(iterator))
                    if (at > 0 && at < chars.Length)
                        boundaries.Add(at);
                return boundaries;
            }
            finally
            {
                icu.Close(iterator);
            }
        }
        finally
        {
            pinned.Free();
        }
    }

    private static (Open, Step, Close)? Load()
    {
        for (var version = 90; version >= 50; version--)
        {
            if (!NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library))
                continue;
            if (NativeLibrary.TryGetExport(library, $"ubrk_open_{version}", out var open)
                && NativeLibrary.TryGetExport(library, $"ubrk_next_{version}", out var next)
                && NativeLibrary.TryGetExport(library, $"ubrk_close_{version}", out var close))
                return (Marshal.GetDelegateForFunctionPointer<Open>(open), Marshal.GetDelegateForFunctionPointer<Step>(next), Marshal.GetDelegateForFunctionPointer<Close>(close));
        }
        return null;
    }
}
