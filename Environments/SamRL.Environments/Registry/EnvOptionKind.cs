namespace SamRL.Environments.Registry;

/// <summary>The value type of an environment option; option values are checked against it before the factory runs.</summary>
public enum EnvOptionKind
{
    /// <summary>A whole number (<see cref="long"/> range), e.g. <c>frameskip=4</c>.</summary>
    Integer,

    /// <summary>A real number in invariant culture, e.g. <c>repeat_action_probability=0.25</c>.</summary>
    Real,

    /// <summary><c>true</c>/<c>false</c> (also <c>1</c>/<c>0</c>, <c>yes</c>/<c>no</c>).</summary>
    Boolean,

    /// <summary>Free text, e.g. <c>obs_type=rgb</c>.</summary>
    Text,
}
