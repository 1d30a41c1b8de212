import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formInput } from "@/lib/forms/form-fields";
import { textFieldsOf } from "@/lib/forms/text-fields";

function formData(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("a posted form's fields", () => {
  it("are its text fields, without the fields React adds to name the action, and without files", () => {
    const posted = formData([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ["$ACTION_KEY", "k123"],
      ["name", "Café 株式会社"],
      ["logo", new Blob(["binary"])],
    ]);
    expect(textFieldsOf(posted)).toEqual({ name: "Café 株式会社" });
  });

  it("read a repeated field as the list of its values, also when one or none was sent", () => {
    expect(textFieldsOf(formData([["pageIds", "1"], ["pageIds", "2"], ["other", "x"]]), ["pageIds", "instagramIds"])).toEqual({
      pageIds: ["1", "2"],
      instagramIds: [],
      other: "x",
    });
    expect(textFieldsOf(formData([["pageIds", "7"]]), ["pageIds"])).toEqual({ pageIds: ["7"] });
  });

  it("keep the last value of a field that is not a list, as the hydrated form does", () => {
    expect(textFieldsOf(formData([["a", "1"], ["a", "2"]]))).toEqual({ a: "2" });
  });
});

describe("formInput", () => {
  const schema = formInput(z.object({ name: z.string().trim().min(1, "Enter a name."), ids: z.array(z.string()).min(1, "Tick one.") }), ["ids"]);

  it("parses a posted FormData exactly as the object the hydrated form sends", () => {
    const fromForm = schema.parse(formData([["name", "  Acme "], ["ids", "1"], ["ids", "2"]]));
    const fromObject = schema.parse({ name: "  Acme ", ids: ["1", "2"] });
    expect(fromForm).toEqual({ name: "Acme", ids: ["1", "2"] });
    expect(fromObject).toEqual(fromForm);
  });

  it("refuses a posted form with the schema's own messages", () => {
    const result = schema.safeParse(formData([["name", " "]]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual(["Enter a name.", "Tick one."]);
  });
});
