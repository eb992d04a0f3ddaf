// The word-shape tests of the entity rules answer as their definitions by character classes do,
// on ASCII words (the fast paths) and past ASCII (the classes themselves).

import assert from "node:assert/strict";
import { test } from "node:test";
import { isAllCaps, isDigits, isMonthOrWeekdayWord, isPossessive, isPunct } from "../../server/src/analysis/entities/wordShape.js";
import { isMonthOrWeekday } from "../../server/src/analysis/words/calendar.js";

const WORDS = [
  "",
  "a",
  "A",
  "the",
  "The",
  "BAGHDAD",
  "U.S.",
  "AFP",
  "McDonald",
  "iPhone",
  "COVID-19",
  "2024",
  "3.5",
  "12a",
  "-",
  "—",
  "...",
  "“",
  "'s",
  "’S",
  "'",
  "ʼs",
  "'sa",
  "s",
  "Jan",
  "jan.",
  "JAN.",
  "Sept.",
  "September",
  "september.",
  "Wednesday",
  "WEDNESDAY",
  "Wed",
  "Wed.",
  "Tues",
  "Monday.",
  "Mayday",
  "May",
  "Marchers",
  "Ｍay",
  "İstanbul",
  "ÉCOLE",
  "École",
  "Ørsted",
  "بغداد",
  "Ⅻ",
  "٣",
  "Straße",
  "ΑΘΗΝΑ",
  "K",
];

test("isPunct: no letter and no digit, by the Unicode classes", () => {
  for (const w of WORDS) assert.equal(isPunct(w), !/[\p{L}\p{N}]/u.test(w), w);
});

test("isAllCaps: letters, all of them capitals", () => {
  const byClasses = (w: string) => {
    const c = w.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || (w.length > 1 && w.charCodeAt(1) >= 0x61 && w.charCodeAt(1) <= 0x7a)) return false;
    return /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
  };
  for (const w of WORDS) assert.equal(isAllCaps(w), byClasses(w), w);
});

test("isDigits and isPossessive", () => {
  for (const w of WORDS) {
    assert.equal(isDigits(w), /^\d+$/.test(w), w);
    assert.equal(isPossessive(w), /^['’ʼ][sS]?$/.test(w), w);
  }
});

test("isMonthOrWeekdayWord answers as the calendar's isMonthOrWeekday", () => {
  for (const w of WORDS) assert.equal(isMonthOrWeekdayWord(w), isMonthOrWeekday(w), w);
  assert.equal(isMonthOrWeekdayWord("Sept."), true);
  assert.equal(isMonthOrWeekdayWord("Wed."), false);
});
