using System.CommandLine;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Cli;

/// <summary>The one rule for --cols and --rows on every command: 1 up to the emulator's limits (<see cref="Screen.MaxColumns"/>, <see cref="Screen.MaxRows"/>).</summary>
public static class ScreenSizeValidation
{
    public static void Add(Option<int?> columns, Option<int?> rows)
    {
        foreach (var (option, max) in new[] { (columns, Screen.MaxColumns), (rows, Screen.MaxRows) })
        {
            option.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<int?>();
                if (value is < 1 || value > max)
                    result.AddError($"{result.Option.Name} must be between 1 and {max}, not {value}");
            });
        }
    }
}
