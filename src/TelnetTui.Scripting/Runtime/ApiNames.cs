namespace TelnetTui.Scripting.Runtime;

/// <summary>The names engine functions have in the sandbox's <c>host</c> table.</summary>
internal static class ApiNames
{
    private static readonly string[] Names = Build();

    public static string Of(ApiFunction function) => Names[(int)function];

    private static string[] Build()
    {
        var values = Enum.GetValues<ApiFunction>();
        var names = new string[values.Length];
        foreach (var f in values)
            names[(int)f] = Snake(f.ToString());
        return names;
    }

    /// <summary>ScreenRow → screen_row.</summary>
    private static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                    sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
