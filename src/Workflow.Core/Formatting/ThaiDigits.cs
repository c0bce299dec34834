namespace Workflow.Core.Formatting;

/// <summary>Converts between Arabic digits (0–9) and Thai digits (๐–๙); every other character is kept.</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '๐';

    public static string ToThai(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Map(text, '0', '9', ThaiZero);
    }

    public static string ToArabic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Map(text, ThaiZero, (char)(ThaiZero + 9), '0');
    }

    private static string Map(string text, char fromZero, char fromNine, char toZero) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c >= fromZero && c <= fromNine ? (char)(toZero + (c - fromZero)) : c;
            }
        });
}
