-- V18: where the violating vehicle is in a candidate's evidence image: the detector's box "x,y,width,height"
-- (normalised 0-1, or pixels as Frigate sends them), from the detection event or the import. The public
-- look-up shows the image pixelated everywhere but there (other vehicles, plates and faces unrecognisable).
ALTER TABLE violation_candidate ADD vehicle_box ${varchar}(80${chars});
