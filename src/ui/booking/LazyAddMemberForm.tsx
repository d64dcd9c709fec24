/**
 * The working group's add form loads on demand, in its own chunk (see ../common/lazyComponent):
 * the people picker it holds is the largest part of Fluent a reader never needs. BookingRoot
 * preloads it after the first paint when the user may edit the working group.
 */
import type { AddMemberFormProps } from "./AddMemberForm";
import { lazyComponent } from "../common/lazyComponent";

const addMemberForm = lazyComponent<AddMemberFormProps>(() =>
  import(/* webpackChunkName: "oir-add-member-form" */ "./AddMemberForm").then((m) => m.AddMemberForm)
);

export const LazyAddMemberForm = addMemberForm.Lazy;
export const loadAddMemberForm = addMemberForm.load;
