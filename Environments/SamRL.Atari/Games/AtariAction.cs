namespace SamRL.Atari.Games;

/// <summary>
/// Player A's 18 actions with ALE's ids (ALE_REFERENCE §4.1); the order is Gymnasium's full action space.
/// </summary>
public enum AtariAction
{
    /// <summary>No input.</summary>
    Noop = 0,

    /// <summary>Fire.</summary>
    Fire = 1,

    /// <summary>Up.</summary>
    Up = 2,

    /// <summary>Right (paddles: turn towards lower resistance).</summary>
    Right = 3,

    /// <summary>Left (paddles: turn towards higher resistance).</summary>
    Left = 4,

    /// <summary>Down.</summary>
    Down = 5,

    /// <summary>Up and right.</summary>
    UpRight = 6,

    /// <summary>Up and left.</summary>
    UpLeft = 7,

    /// <summary>Down and right.</summary>
    DownRight = 8,

    /// <summary>Down and left.</summary>
    DownLeft = 9,

    /// <summary>Up with fire.</summary>
    UpFire = 10,

    /// <summary>Right with fire.</summary>
    RightFire = 11,

    /// <summary>Left with fire.</summary>
    LeftFire = 12,

    /// <summary>Down with fire.</summary>
    DownFire = 13,

    /// <summary>Up, right and fire.</summary>
    UpRightFire = 14,

    /// <summary>Up, left and fire.</summary>
    UpLeftFire = 15,

    /// <summary>Down, right and fire.</summary>
    DownRightFire = 16,

    /// <summary>Down, left and fire.</summary>
    DownLeftFire = 17,
}
