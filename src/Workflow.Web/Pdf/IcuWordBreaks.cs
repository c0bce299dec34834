using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Workflow.Web.Pdf;

/// <summary>
/// Word boundaries from ICU's dictionary break iterator, the one browsers use for Thai. .NET loads ICU on Linux for
/// globalization but exposes no word breaker, so this finds the same library (its symbols carry the version, as
/// .NET's own loader probes them) and calls ubrk_*. Null when no ICU is found: the caller falls back to its rules.
/// Opening an iterator (its rules and the Thai dictionary engine looked up by locale) cost more than the breaking itself,
/// once per word of every PDF, so opened iterators are kept (a few: one per rendering running at once) and given each
/// new text with ubrk_setText; an iterator is used by one thread at a time.
/// </summary>
public static class IcuWordBreaks
{
    private const int WordBreak = 1; // UBRK_WORD
    private const int Done = -1; // UBRK_DONE

    private delegate IntPtr Open(int type, [MarshalAs(UnmanagedType.LPUTF8Str)] string locale, IntPtr text, int length, ref int status);
    private delegate int Step(IntPtr iterator);
    private delegate void Close(IntPtr iterator);
    private delegate void SetText(IntPtr iterator, IntPtr text, int length, ref int status);

    private const int KeptIterators = 8;

    private static readonly Lazy<(Open Open, Step Next, Close Close, SetText SetText)?> Icu = new(Load);
    private static readonly ConcurrentBag<IntPtr> Idle = [];

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
            if (!Idle.TryTake(out var iterator))
            {
                iterator = icu.Open(WordBreak, "th", IntPtr.Zero, 0, ref status);
                if (status > 0 || iterator == IntPtr.Zero)
                    return null;
            }
            icu.SetText(iterator, pinned.AddrOfPinnedObject(), chars.Length, ref status);
            if (status > 0)
            {
                icu.Close(iterator);
                return null;
            }
            var boundaries = new List<int>();
            for (var at = icu.Next(iterator); at != Done; at = icu.Next(iterator))
                if (at > 0 && at < chars.Length)
                    boundaries.Add(at);
            // Kept for the next text (which replaces this one before anything reads it), or closed when enough are kept.
            if (Idle.Count < KeptIterators)
                Idle.Add(iterator);
            else
                icu.Close(iterator);
            return boundaries;
        }
        finally
        {
            pinned.Free();
        }
    }

    private static (Open, Step, Close, SetText)? Load()
    {
        for (var version = 90; version >= 50; version--)
        {
            if (!NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library))
                continue;
            if (NativeLibrary.TryGetExport(library, $"ubrk_open_{version}", out var open)
                && NativeLibrary.TryGetExport(library, $"ubrk_next_{version}", out var next)
                && NativeLibrary.TryGetExport(library, $"ubrk_close_{version}", out var close)
                && NativeLibrary.TryGetExport(library, $"ubrk_setText_{version}", out var setText))
                return (Marshal.GetDelegateForFunctionPointer<Open>(open), Marshal.GetDelegateForFunctionPointer<Step>(next),
                    Marshal.GetDelegateForFunctionPointer<Close>(close), Marshal.GetDelegateForFunctionPointer<SetText>(setText));
        }
        return null;
    }
}
