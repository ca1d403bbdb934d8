//! The command table: every keyboard command, its keys, where it acts and its label, in one
//! place. Keys are a lookup in [`TABLE`]; buttons take their hover hints ("… (F11)") from the
//! same entries, so a key and its hint cannot drift apart. A unit test walks the table for keys
//! bound twice in the same scope.

use egui::{Key, Modifiers};

use super::Panel;
use crate::reader::Action;

/// Where the reader is, as far as keys are concerned. Exactly one holds at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    /// A page, the title, the chapter list, a chapter's end or the book's end.
    Reading,
    /// A prompt still waiting for a guess.
    Prompt,
    /// The digits of a page number are being typed.
    Typing,
    /// The map through time is open.
    Map,
    /// A list (who's who, the timeline, the glossary, readers) is open.
    List,
    /// A glossary card is open.
    Card,
    /// A text field has the keyboard (a new reader's name): letters are letters.
    Editing,
    /// The projected screen is blanked.
    Blank,
}

const WHERES: [Where; 8] = [
    Where::Reading,
    Where::Prompt,
    Where::Typing,
    Where::Map,
    Where::List,
    Where::Card,
    Where::Editing,
    Where::Blank,
];

/// The key context of a frame: where the reader is, and whether the book is projected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// Where the reader is.
    pub at: Where,
    /// Projecting for a class.
    pub projecting: bool,
}

impl Context {
    fn bit(self) -> u32 {
        let i = WHERES.iter().position(|w| *w == self.at).unwrap_or(0);
        1 << (i * 2 + usize::from(self.projecting))
    }
}

/// A set of contexts a binding acts in: bit `2i` is `WHERES[i]` on a desk, bit `2i+1` the same
/// while projecting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scopes(u32);

impl Scopes {
    const fn of(wheres: &[Where], desk: bool, projecting: bool) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < wheres.len() {
            let mut j = 0;
            while j < WHERES.len() {
                if WHERES[j] as u8 == wheres[i] as u8 {
                    if desk {
                        bits |= 1 << (j * 2);
                    }
                    if projecting {
                        bits |= 1 << (j * 2 + 1);
                    }
                }
                j += 1;
            }
            i += 1;
        }
        Self(bits)
    }

    /// In these places, projecting or not.
    pub const fn any(wheres: &[Where]) -> Self {
        Self::of(wheres, true, true)
    }

    /// In these places, only while projecting.
    pub const fn projecting(wheres: &[Where]) -> Self {
        Self::of(wheres, false, true)
    }

    /// In these places, only when not projecting.
    pub const fn desk(wheres: &[Where]) -> Self {
        Self::of(wheres, true, false)
    }

    /// Whether `cx` is one of these contexts.
    pub fn contains(self, cx: Context) -> bool {
        self.0 & cx.bit() != 0
    }

    #[cfg(test)]
    fn overlaps(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }
}

/// Something a key or button asks for. Commands with a value (a choice, a digit) are one entry
/// each, so the table stays a plain list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Next page.
    Next,
    /// Back.
    Back,
    /// The title screen.
    Home,
    /// Guess choice n (0-based) at a prompt.
    Choose(usize),
    /// One more hand for choice n.
    VoteUp(usize),
    /// One hand fewer for choice n.
    VoteDown(usize),
    /// Reveal what really happened after a class vote.
    Reveal,
    /// A digit of a page number.
    Digit(u8),
    /// Take back the last digit typed.
    DeleteDigit,
    /// Jump to the page number typed.
    JumpTyped,
    /// Forget the page number typed.
    ClearTyped,
    /// Full screen on or off.
    ToggleFullscreen,
    /// Leave full screen.
    LeaveFullscreen,
    /// Start projecting.
    StartProjection,
    /// Stop projecting.
    LeaveProjection,
    /// Show or hide the presenter window.
    TogglePresenter,
    /// Blank the projected screen.
    Blank,
    /// Bring the projected screen back (any key).
    Unblank,
    /// Open the map through time.
    OpenMap,
    /// An earlier map.
    MapBack,
    /// A later map.
    MapNext,
    /// Open a list.
    Open(Panel),
    /// Close whatever is open over the story (a list, a card, the map).
    Close,
    /// Read aloud: play or pause this page.
    TogglePlay,
    /// Read every page aloud and turn it.
    ToggleAuto,
    /// Bigger text.
    Bigger,
    /// Smaller text.
    Smaller,
}

/// A key with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    /// Modifiers that must be held.
    pub mods: Modifiers,
    /// The key.
    pub key: Key,
}

/// One key binding of an entry.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    /// The key.
    pub shortcut: Shortcut,
    /// Where it acts.
    pub scopes: Scopes,
    /// A focused button takes this key instead (Space and Enter press it).
    pub yields_to_focus: bool,
}

/// One command of the table.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The command.
    pub command: UiCommand,
    /// What a button or menu calls it.
    pub label: &'static str,
    /// Its keys, the first one named in hints.
    pub bindings: &'static [Binding],
}

/// Every place reading keys work in: a page, a prompt, typing a number, under a list or card.
const READ: &[Where] = &[
    Where::Reading,
    Where::Prompt,
    Where::Typing,
    Where::List,
    Where::Card,
];
/// Everywhere but a blanked screen and a text field.
const ALL: &[Where] = &[
    Where::Reading,
    Where::Prompt,
    Where::Typing,
    Where::Map,
    Where::List,
    Where::Card,
];
/// Reading, not at an open prompt (where numbers are guesses).
const BROWSE: &[Where] = &[Where::Reading, Where::Typing, Where::List, Where::Card];

const fn key(key: Key, scopes: Scopes) -> Binding {
    Binding {
        shortcut: Shortcut {
            mods: Modifiers::NONE,
            key,
        },
        scopes,
        yields_to_focus: false,
    }
}

const fn with(mods: Modifiers, key: Key, scopes: Scopes) -> Binding {
    Binding {
        shortcut: Shortcut { mods, key },
        scopes,
        yields_to_focus: false,
    }
}

const fn unless_focused(key: Key, scopes: Scopes) -> Binding {
    Binding {
        shortcut: Shortcut {
            mods: Modifiers::NONE,
            key,
        },
        scopes,
        yields_to_focus: true,
    }
}

const fn entry(command: UiCommand, label: &'static str, bindings: &'static [Binding]) -> Entry {
    Entry {
        command,
        label,
        bindings,
    }
}

/// The digit keys 0–9, in order (typing a page number jumps to it).
pub const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

macro_rules! choice_entries {
    ($($n:literal),*) => {
        [$(
            {
                const B: &[Binding] = &[with(
                    Modifiers::SHIFT,
                    DIGITS[$n + 1],
                    Scopes::projecting(&[Where::Prompt]),
                )];
                entry(UiCommand::VoteDown($n), "One hand fewer", B)
            },
            {
                const B: &[Binding] =
                    &[key(DIGITS[$n + 1], Scopes::projecting(&[Where::Prompt]))];
                entry(UiCommand::VoteUp($n), "One more hand", B)
            },
            {
                const B: &[Binding] = &[key(DIGITS[$n + 1], Scopes::desk(&[Where::Prompt]))];
                entry(UiCommand::Choose($n), "Choose", B)
            },
        )*]
    };
}

const CHOICES: [Entry; 12] = choice_entries!(0, 1, 2, 3);

macro_rules! digit_entries {
    ($($n:literal),*) => {
        [$(
            {
                // At an open prompt, 1–4 are guesses or hands; the other digits still type.
                const SCOPES: Scopes = if $n >= 1 && $n <= 4 {
                    Scopes::any(BROWSE)
                } else {
                    Scopes::any(READ)
                };
                const B: &[Binding] = &[key(DIGITS[$n], SCOPES)];
                entry(UiCommand::Digit($n), "Page number", B)
            },
        )*]
    };
}

const TYPING: [Entry; 10] = digit_entries!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

/// The commands and their keys, looked up in order: an entry earlier in the list wins a key
/// (Shift + a digit before the digit alone, since egui lets a plain key match with Shift held).
const MAIN: &[Entry] = &[
    entry(
        UiCommand::Unblank,
        "Bring the picture back (any key)",
        &[key(Key::B, Scopes::projecting(&[Where::Blank]))],
    ),
    entry(
        UiCommand::Close,
        "Close",
        &[
            key(
                Key::Escape,
                Scopes::any(&[Where::Card, Where::List, Where::Editing]),
            ),
            key(Key::Escape, Scopes::any(&[Where::Map])),
            key(Key::M, Scopes::any(&[Where::Map])),
            key(Key::Home, Scopes::any(&[Where::Map])),
        ],
    ),
    entry(
        UiCommand::StartProjection,
        "Present",
        &[key(Key::F5, Scopes::desk(ALL))],
    ),
    entry(
        UiCommand::TogglePresenter,
        "Presenter window",
        &[key(Key::F6, Scopes::projecting(ALL))],
    ),
    entry(
        UiCommand::Blank,
        "Blank the screen",
        &[
            key(Key::B, Scopes::projecting(ALL)),
            key(Key::Period, Scopes::projecting(ALL)),
        ],
    ),
    entry(
        UiCommand::MapNext,
        "Later →",
        &[
            key(Key::ArrowRight, Scopes::any(&[Where::Map])),
            key(Key::PageDown, Scopes::any(&[Where::Map])),
            key(Key::Space, Scopes::any(&[Where::Map])),
            key(Key::Enter, Scopes::any(&[Where::Map])),
        ],
    ),
    entry(
        UiCommand::MapBack,
        "← Earlier",
        &[
            key(Key::ArrowLeft, Scopes::any(&[Where::Map])),
            key(Key::PageUp, Scopes::any(&[Where::Map])),
        ],
    ),
    entry(
        UiCommand::ClearTyped,
        "Forget the page number",
        &[key(Key::Escape, Scopes::any(&[Where::Typing]))],
    ),
    entry(
        UiCommand::LeaveProjection,
        "Stop presenting",
        &[key(
            Key::Escape,
            Scopes::projecting(&[Where::Reading, Where::Prompt]),
        )],
    ),
    entry(
        UiCommand::LeaveFullscreen,
        "Leave full screen",
        &[key(
            Key::Escape,
            Scopes::desk(&[Where::Reading, Where::Prompt]),
        )],
    ),
    entry(
        UiCommand::ToggleFullscreen,
        "Full screen",
        &[key(Key::F11, Scopes::any(READ))],
    ),
    entry(
        UiCommand::OpenMap,
        "Map through time",
        &[key(Key::M, Scopes::any(READ))],
    ),
    entry(
        UiCommand::Open(Panel::People),
        "Who's who",
        &[key(Key::W, Scopes::any(READ))],
    ),
    entry(
        UiCommand::Open(Panel::Timeline),
        "Timeline",
        &[key(Key::T, Scopes::any(READ))],
    ),
    entry(
        UiCommand::Open(Panel::Glossary),
        "Glossary",
        &[key(Key::G, Scopes::any(READ))],
    ),
    entry(
        UiCommand::TogglePlay,
        "Play",
        &[key(Key::P, Scopes::any(READ))],
    ),
    entry(
        UiCommand::ToggleAuto,
        "Read to me",
        &[key(Key::A, Scopes::any(READ))],
    ),
    entry(
        UiCommand::Bigger,
        "Bigger text",
        &[
            with(Modifiers::COMMAND, Key::Plus, Scopes::any(READ)),
            with(Modifiers::COMMAND, Key::Equals, Scopes::any(READ)),
        ],
    ),
    entry(
        UiCommand::Smaller,
        "Smaller text",
        &[with(Modifiers::COMMAND, Key::Minus, Scopes::any(READ))],
    ),
    entry(
        UiCommand::DeleteDigit,
        "Delete a digit",
        &[key(Key::Backspace, Scopes::any(&[Where::Typing]))],
    ),
    entry(
        UiCommand::JumpTyped,
        "Go to the page",
        &[key(Key::Enter, Scopes::any(&[Where::Typing]))],
    ),
    entry(
        UiCommand::Reveal,
        "Show what really happened",
        &[unless_focused(
            Key::Enter,
            Scopes::projecting(&[Where::Prompt]),
        )],
    ),
    entry(
        UiCommand::Next,
        "Next →",
        &[
            key(Key::ArrowRight, Scopes::any(READ)),
            key(Key::PageDown, Scopes::any(READ)),
            unless_focused(Key::Space, Scopes::any(READ)),
            unless_focused(
                Key::Enter,
                Scopes::any(&[Where::Reading, Where::List, Where::Card]),
            ),
            unless_focused(Key::Enter, Scopes::desk(&[Where::Prompt])),
        ],
    ),
    entry(
        UiCommand::Back,
        "← Back",
        &[
            key(Key::ArrowLeft, Scopes::any(READ)),
            key(Key::PageUp, Scopes::any(READ)),
        ],
    ),
    entry(
        UiCommand::Home,
        "Home",
        &[key(Key::Home, Scopes::any(READ))],
    ),
];

/// Every entry: the main commands, the guesses and hands, the digits.
pub fn table() -> impl Iterator<Item = &'static Entry> {
    MAIN.iter().chain(CHOICES.iter()).chain(TYPING.iter())
}

/// The label of a command as the table has it.
pub fn label(command: UiCommand) -> &'static str {
    table()
        .find(|e| e.command == command)
        .map_or("", |e| e.label)
}

/// The label with the command's first key, for a button's hover text: "Full screen (F11)".
pub fn hint(command: UiCommand) -> String {
    hint_with(command, label(command))
}

/// `text` with the command's first key: "Project for a class (F5)".
pub fn hint_with(command: UiCommand, text: &str) -> String {
    let first = table()
        .find(|e| e.command == command)
        .and_then(|e| e.bindings.first());
    match first {
        Some(b) => format!("{text} ({})", key_name(b.shortcut)),
        None => text.to_owned(),
    }
}

/// How a key is written for a reader: "F11", "Ctrl +", "Shift + 2".
pub fn key_name(s: Shortcut) -> String {
    let key = match s.key {
        Key::Plus | Key::Equals => "+".to_owned(),
        Key::Minus => "−".to_owned(),
        Key::Period => ".".to_owned(),
        k => k.name().to_owned(),
    };
    if s.mods.command || s.mods.ctrl {
        format!("Ctrl {key}")
    } else if s.mods.shift {
        format!("Shift + {key}")
    } else {
        key
    }
}

/// The commands the keys pressed this frame ask for, in `cx`, taking those keys out of the
/// input so no widget also acts on them. `focused`: a control has keyboard focus.
pub fn pressed(ctx: &egui::Context, cx: Context, focused: bool) -> Vec<UiCommand> {
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        if cx.at == Where::Blank {
            // Any key brings the picture back, and does nothing else.
            let any = i
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }));
            i.events
                .retain(|e| !matches!(e, egui::Event::Key { .. } | egui::Event::Text(_)));
            if any {
                out.push(UiCommand::Unblank);
            }
            return;
        }
        for e in table() {
            for b in e.bindings {
                if b.scopes.contains(cx)
                    && !(b.yields_to_focus && focused)
                    && i.consume_key(b.shortcut.mods, b.shortcut.key)
                {
                    out.push(e.command);
                }
            }
        }
    });
    out
}

/// What a command means as a [`super::Command`] for the app, where it maps to one directly.
pub fn reader_action(command: UiCommand) -> Option<Action> {
    Some(match command {
        UiCommand::Next => Action::Next,
        UiCommand::Back => Action::Back,
        UiCommand::Home => Action::Home,
        UiCommand::Choose(n) => Action::Choose(n),
        UiCommand::VoteUp(n) => Action::Vote {
            choice: n,
            delta: 1,
        },
        UiCommand::VoteDown(n) => Action::Vote {
            choice: n,
            delta: -1,
        },
        UiCommand::Reveal => Action::RevealVotes,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contexts() -> impl Iterator<Item = Context> {
        WHERES.into_iter().flat_map(|at| {
            [false, true]
                .into_iter()
                .map(move |projecting| Context { at, projecting })
        })
    }

    /// Whether egui would let pattern `a` take a press meant for `b` (a plain key matches
    /// with Shift held, so Shift + 2 and 2 collide unless the Shift one comes first).
    fn same_key(a: Shortcut, b: Shortcut) -> bool {
        a.key == b.key && (a.mods.command || a.mods.ctrl) == (b.mods.command || b.mods.ctrl)
    }

    #[test]
    fn no_key_means_two_things_in_one_place() {
        let bindings: Vec<(usize, &Entry, &Binding)> = table()
            .enumerate()
            .flat_map(|(i, e)| e.bindings.iter().map(move |b| (i, e, b)))
            .collect();
        let mut conflicts = Vec::new();
        for (n, (i, a, ba)) in bindings.iter().enumerate() {
            for (j, b, bb) in &bindings[n + 1..] {
                if a.command == b.command || !same_key(ba.shortcut, bb.shortcut) {
                    continue;
                }
                if !ba.scopes.overlaps(bb.scopes) {
                    continue;
                }
                // Shift + key listed before the plain key is a deliberate pair.
                let ordered = i < j && ba.shortcut.mods.shift && !bb.shortcut.mods.shift;
                if !ordered {
                    conflicts.push(format!(
                        "{} is bound to both {:?} and {:?}",
                        key_name(ba.shortcut),
                        a.command,
                        b.command
                    ));
                }
            }
        }
        assert!(conflicts.is_empty(), "{conflicts:#?}");
    }

    #[test]
    fn every_place_has_a_way_out_and_reading_keys_turn_pages() {
        for cx in contexts() {
            let acts = |key: Key| {
                table().any(|e| {
                    e.bindings
                        .iter()
                        .any(|b| b.shortcut.key == key && b.scopes.contains(cx))
                })
            };
            if cx.at == Where::Blank {
                // Any key works there; the table only lists B.
                continue;
            }
            assert!(acts(Key::Escape), "Esc does nothing in {cx:?}");
            if READ.contains(&cx.at) {
                assert!(acts(Key::ArrowRight) && acts(Key::ArrowLeft), "{cx:?}");
            }
        }
    }

    #[test]
    fn hints_name_the_first_key() {
        assert_eq!(hint(UiCommand::ToggleFullscreen), "Full screen (F11)");
        assert_eq!(hint(UiCommand::Bigger), "Bigger text (Ctrl +)");
        assert_eq!(hint(UiCommand::Smaller), "Smaller text (Ctrl −)");
        assert_eq!(hint(UiCommand::VoteDown(1)), "One hand fewer (Shift + 2)");
        assert_eq!(
            hint_with(UiCommand::StartProjection, "Project"),
            "Project (F5)"
        );
    }

    #[test]
    fn a_digit_is_a_guess_at_a_prompt_a_hand_when_projecting_and_a_page_number_elsewhere() {
        let find = |cx: Context, key: Key, mods: Modifiers| {
            table()
                .find(|e| {
                    e.bindings.iter().any(|b| {
                        b.shortcut.key == key && b.shortcut.mods == mods && b.scopes.contains(cx)
                    })
                })
                .map(|e| e.command)
        };
        let at = |at, projecting| Context { at, projecting };
        let none = Modifiers::NONE;
        assert_eq!(
            find(at(Where::Prompt, false), Key::Num2, none),
            Some(UiCommand::Choose(1))
        );
        assert_eq!(
            find(at(Where::Prompt, true), Key::Num2, none),
            Some(UiCommand::VoteUp(1))
        );
        assert_eq!(
            find(at(Where::Prompt, true), Key::Num2, Modifiers::SHIFT),
            Some(UiCommand::VoteDown(1))
        );
        assert_eq!(
            find(at(Where::Reading, false), Key::Num2, none),
            Some(UiCommand::Digit(2))
        );
        assert_eq!(
            find(at(Where::Prompt, false), Key::Num7, none),
            Some(UiCommand::Digit(7))
        );
        assert_eq!(
            find(at(Where::Typing, false), Key::Enter, none),
            Some(UiCommand::JumpTyped)
        );
        assert_eq!(
            find(at(Where::Prompt, true), Key::Enter, none),
            Some(UiCommand::Reveal)
        );
        assert_eq!(
            find(at(Where::Map, false), Key::Enter, none),
            Some(UiCommand::MapNext)
        );
    }
}
