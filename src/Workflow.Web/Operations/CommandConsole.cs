using System.Text;

namespace Workflow.Web.Operations;

/// <summary>
/// Where a command reads its password and writes its answer. Redirected input gives the password as one line;
/// on a terminal it is typed twice without echo. Prompts go to the error stream so standard output stays the answer.
/// </summary>
public sealed class CommandConsole(TextReader input, TextWriter output, TextWriter error, bool terminal)
{
    public TextWriter Out => output;

    public TextWriter Error => error;

    public static CommandConsole FromSystem() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);

    /// <summary>The password, or the reason there is none (nothing given, or the two entries differ).</summary>
    public (string? Password, string? Problem) ReadPassword()
    {
        if (!terminal)
        {
            var line = input.ReadLine()?.TrimEnd('\r');
            return string.IsNullOrEmpty(line) ? (null, "No password on standard input (one line expected).") : (line, null);
        }

        var first = Prompt("Password: ");
        if (first.Length == 0)
            return (null, "No password given.");
        return Prompt("Password again: ") == first ? (first, null) : (null, "The two passwords differ; nothing was changed.");
    }

    private string Prompt(string prompt)
    {
        error.Write(prompt);
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return typed.ToString();
    }
}
