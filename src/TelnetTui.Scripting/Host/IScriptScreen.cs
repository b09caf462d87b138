namespace TelnetTui.Scripting.Host;

/// <summary>Read access to the emulator's screen for scripts (also headless: the emulator still runs).</summary>
public interface IScriptScreen
{
    int Columns { get; }

    int Rows { get; }

    /// <summary>The text of row <paramref name="index"/> (0 = top), trailing blanks trimmed.</summary>
    string Row(int index);

    /// <summary>All rows joined with "\n".</summary>
    string Text();
}
