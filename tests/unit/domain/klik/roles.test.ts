import { DEFAULT_KLIK_ROLES, splitRoles } from "../../../../src/domain";

describe("splitRoles", () => {
  it.each([
    ["KY-projektleder", ["KY-projektleder"]],
    ["Infrastrukturansvarlig sammen med ØiR finans administrator", ["Infrastrukturansvarlig", "ØiR finans administrator"]],
    ["Ydelseschef, KY-projektleder og KOMBIT-programleder.", ["Ydelseschef", "KY-projektleder", "KOMBIT-programleder"]],
    ["leder af bogføring og opkrævning", ["leder af bogføring og opkrævning"]],
    ["Ydelseschef og leder af bogføring og opkrævning", ["Ydelseschef", "leder af bogføring og opkrævning"]],
    ["leder af bogføring og opkrævning og KY-projektleder", ["leder af bogføring og opkrævning", "KY-projektleder"]],
    ["systemansvarlige på bogførings- og opkrævningssystemet, KY-projektleder", ["systemansvarlige på bogførings- og opkrævningssystemet", "KY-projektleder"]],
    ["KY-projektleder og systemansvarlig på bogførings- og opkrævningssystemet", ["KY-projektleder", "systemansvarlig på bogførings- og opkrævningssystemet"]],
    ["KY-projektleder og leder af It-og digitalisering", ["KY-projektleder", "leder af It-og digitalisering"]],
    ["KY-projektleder, Ydelseschef og eventuelt andre der skal kende planen", ["KY-projektleder", "Ydelseschef"]],
    ["KY-projektleder samt evt. øvrige", ["KY-projektleder"]],
    ["KY-projektleder; eventuelt andre", ["KY-projektleder"]],
    ["KY-projektleder, KY-projektleder, ky-projektleder", ["KY-projektleder"]],
    ["Økonomichef og Lønchef", ["Økonomichef", "Lønchef"]],
    ["", []]
  ])("%s", (text, expected) => {
    expect(splitRoles(text)).toEqual(expected);
  });

  it("takes its known roles as data", () => {
    expect(splitRoles("Løn og personale og KY-projektleder", [...DEFAULT_KLIK_ROLES, "Løn og personale"])).toEqual(["Løn og personale", "KY-projektleder"]);
    expect(splitRoles("Løn og Personale")).toEqual(["Løn", "Personale"]);
  });
});
